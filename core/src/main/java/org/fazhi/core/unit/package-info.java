/** Organisational units (单位) — regions, townships, agencies — and the hierarchy they form. */
@FazhiStyle
package org.fazhi.core.unit;

import org.fazhi.core.internal.FazhiStyle;

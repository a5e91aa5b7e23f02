/**
 * JSON for fazhi with Jackson: every record, catalog and result type as plain JSON, scorecards
 * that read back exactly, and datasets read with every problem reported by path and line.
 */
@FazhiStyle
package org.fazhi.jackson;

import org.fazhi.core.internal.FazhiStyle;

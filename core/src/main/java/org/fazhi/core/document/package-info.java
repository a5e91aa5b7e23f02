/** Administrative normative documents (行政规范性文件) and the local rule for filing them. */
@FazhiStyle
package org.fazhi.core.document;

import org.fazhi.core.internal.FazhiStyle;

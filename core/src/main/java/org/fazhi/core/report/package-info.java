/** Annual reports on rule-of-law government construction (法治政府建设年度报告). */
@FazhiStyle
package org.fazhi.core.report;

import org.fazhi.core.internal.FazhiStyle;

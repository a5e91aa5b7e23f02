/** Reporting periods (统计周期) and working-day calendars (工作日). */
@FazhiStyle
package org.fazhi.core.period;

import org.fazhi.core.internal.FazhiStyle;

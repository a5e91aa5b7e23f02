/** Task lists (任务清单) and their tasks, with the dates that completion rates are reckoned from. */
@FazhiStyle
package org.fazhi.core.task;

import org.fazhi.core.internal.FazhiStyle;

/** Published checklists (清单) of powers and matters, their items, delegations and revisions. */
@FazhiStyle
package org.fazhi.core.checklist;

import org.fazhi.core.internal.FazhiStyle;

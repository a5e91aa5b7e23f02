/** Supervision (监督): inspections, rectification notices, findings and the ledger that holds them. */
@FazhiStyle
package org.fazhi.core.supervision;

import org.fazhi.core.internal.FazhiStyle;

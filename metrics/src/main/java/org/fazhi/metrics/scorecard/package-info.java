/** Scorecards (指标表): every indicator of a catalog for a unit and period, with changes and targets. */
@FazhiStyle
package org.fazhi.metrics.scorecard;

import org.fazhi.core.internal.FazhiStyle;

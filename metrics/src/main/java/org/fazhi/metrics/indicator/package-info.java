/**
 * Indicator definitions (指标): formulas over measures, units, polarity, targets, assessment
 * scales, and the versioned catalogs that hold them.
 */
@FazhiStyle
package org.fazhi.metrics.indicator;

import org.fazhi.core.internal.FazhiStyle;

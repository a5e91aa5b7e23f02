/** Measures (统计项): the counts indicators are computed from, and how records are counted. */
package org.fazhi.metrics.measure;

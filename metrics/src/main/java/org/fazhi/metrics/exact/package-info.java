/**
 * Exact arithmetic (精确计算): fractions, outcomes that may be undefined with a reason, tallies
 * with exclusions and exceptions, changes (同比, 环比, 百分点), shares that total 100%, and the
 * rounding applied once, at print.
 */
package org.fazhi.metrics.exact;

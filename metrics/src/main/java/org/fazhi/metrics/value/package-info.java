/** Computed indicator values that explain themselves: definition, counts, unit, period, outcome. */
package org.fazhi.metrics.value;

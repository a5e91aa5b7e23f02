/** Exact values (fractions), outcomes that may be undefined with a reason, and rounding for print. */
package org.fazhi.metrics.exact;

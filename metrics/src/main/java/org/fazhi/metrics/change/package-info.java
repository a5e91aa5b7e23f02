/** Changes over time: 同比 and 环比, relative, absolute and in percentage points. */
package org.fazhi.metrics.change;

/** Tallies (计数): the exact, mergeable counts behind every rate. */
package org.fazhi.metrics.tally;

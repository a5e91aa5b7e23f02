/** Shares of a whole (占比), rounded one by one or apportioned by the largest remainder method. */
package org.fazhi.metrics.share;

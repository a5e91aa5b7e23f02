/**
 * Checks of figures as printed in government reports ("96.77%", "同比增长400%", "—") against the
 * exact values they claim to show: does a printed figure reproduce, under which rounding
 * convention, and if not, what should have been printed.
 */
package org.fazhi.metrics.check;

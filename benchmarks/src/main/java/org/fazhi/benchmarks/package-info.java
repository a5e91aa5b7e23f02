/** JMH benchmarks of the dashboard job: fazhi, the hand-written floor, and the naive version. */
package org.fazhi.benchmarks;

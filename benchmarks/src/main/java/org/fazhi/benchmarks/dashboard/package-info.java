/** The dashboard job, its output table, and the three implementations that are measured. */
package org.fazhi.benchmarks.dashboard;

/** A seeded synthetic province: its units, and a million records a year or more. */
package org.fazhi.benchmarks.province;

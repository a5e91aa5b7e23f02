/** The {@code report} command: a dataset's scorecard, with the report's printed figures checked. */
package org.fazhi.examples.report;

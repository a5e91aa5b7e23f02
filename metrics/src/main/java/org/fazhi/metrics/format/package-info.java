/** Printing figures and scorecards as reports do, in Chinese or English, never by default locale. */
package org.fazhi.metrics.format;

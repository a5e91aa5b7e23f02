/**
 * The evaluation engine (测算): ledgers of records in columns, the caliber of a count, and the
 * single-pass evaluation of a catalog with roll-up by addition.
 */
package org.fazhi.metrics.engine;

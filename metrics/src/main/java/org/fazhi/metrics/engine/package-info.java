/**
 * The evaluation engine (测算): ledgers of records in columns, the caliber of a count, the
 * single-pass evaluation of a catalog with roll-up by addition, and the figures of every unit
 * read at once as columns of numbers.
 */
package org.fazhi.metrics.engine;

/** The {@code verify} command: checks every published figure listed in a CSV file. */
package org.fazhi.examples.verify;

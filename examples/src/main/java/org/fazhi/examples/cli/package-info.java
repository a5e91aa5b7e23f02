/** The examples program's entry point and its command-line plumbing. */
package org.fazhi.examples.cli;

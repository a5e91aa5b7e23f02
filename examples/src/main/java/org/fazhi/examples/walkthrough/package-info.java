/** Worked examples: a rectification ledger, a roll-up, a task list, and the README quick start. */
package org.fazhi.examples.walkthrough;

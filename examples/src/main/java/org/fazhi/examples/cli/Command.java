package org.fazhi.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** A subcommand of the examples program. Implementations print results, never stack traces. */
public interface Command {

  /** Exit status: everything checked out. */
  int OK = 0;

  /** Exit status: a figure does not reproduce. */
  int MISMATCH = 1;

  /** Exit status: the input or the command line could not be read. */
  int INVALID = 2;

  /**
   * Returns the name the command is invoked by.
   *
   * @return the name, such as {@code "verify"}; not null
   */
  String name();

  /**
   * Returns the synopsis shown by {@code --help}.
   *
   * @return one or more lines describing the arguments and what the command does; not null
   */
  String help();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command's name; not null
   * @param out where results go; not null
   * @param err where problems go; not null
   * @return the exit status
   * @throws UsageException if the arguments are wrong
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;

  /**
   * Reports a file that cannot be read, in the words of the exception (or its kind, where it has
   * none).
   *
   * @param err where problems go; not null
   * @param file the file; not null
   * @param e why it cannot be read; not null
   * @return {@link #INVALID}
   */
  static int cannotRead(PrintStream err, Path file, Exception e) {
    err.println("error: cannot read " + file + ": "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    return INVALID;
  }
}

package org.fazhi.examples.cli;

/** Thrown when a command line cannot be understood; the message says what was wrong. */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong with the command line; not null
   */
  public UsageException(String message) {
    super(message);
  }
}

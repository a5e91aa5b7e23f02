package org.fazhi.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.examples.report.ReportCommand;
import org.fazhi.examples.verify.VerifyCommand;
import org.fazhi.examples.walkthrough.QuickStartCommand;
import org.fazhi.examples.walkthrough.RectificationCommand;
import org.fazhi.examples.walkthrough.RollUpCommand;
import org.fazhi.examples.walkthrough.TaskListCommand;

/**
 * The examples program: {@code java -jar fazhi-examples.jar COMMAND …}.
 *
 * <p>Errors are reported in one line each on standard error, never as a stack trace; the exit
 * status says how it went (0 ok, 1 a figure does not reproduce, 2 bad input, 3 an internal
 * error).
 */
public final class Main {

  /** Exit status of an error that is a bug in fazhi, not in the input. */
  public static final int INTERNAL_ERROR = 3;

  private static final List<Command> COMMANDS = List.of(
      new ReportCommand(),
      new VerifyCommand(),
      new RectificationCommand(),
      new RollUpCommand(),
      new TaskListCommand(),
      new QuickStartCommand());

  private Main() {}

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs a command.
   *
   * @param args the command and its arguments; not null
   * @param out where results go; not null
   * @param err where problems go; not null
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")
        || args[0].equals("help")) {
      out.print(help());
      return args.length == 0 ? Command.INVALID : Command.OK;
    }
    Optional<Command> command = COMMANDS.stream().filter(c -> c.name().equals(args[0]))
        .findFirst();
    if (command.isEmpty()) {
      err.println("error: unknown command " + args[0] + "; run with --help to list them");
      return Command.INVALID;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help")) {
      out.println(command.get().help());
      return Command.OK;
    }
    try {
      return command.get().run(rest, out, err);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("usage: " + command.get().help().lines().findFirst().orElse(""));
      return Command.INVALID;
    } catch (InvalidValueException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return Command.INVALID;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println("internal error: " + e + " — this is a bug in fazhi; please report it with"
          + " the command line and input that caused it");
      return INTERNAL_ERROR;
    }
  }

  static String help() {
    StringBuilder help = new StringBuilder(
        "fazhi examples — rule-of-law government indicators, computed exactly\n\n"
            + "usage: java -jar fazhi-examples.jar COMMAND [ARGS]\n\n");
    for (Command command : COMMANDS) {
      help.append("  ").append(command.help().replace("\n", "\n  ")).append("\n\n");
    }
    return help.toString();
  }
}

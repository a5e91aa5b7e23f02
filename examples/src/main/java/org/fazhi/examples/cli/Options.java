package org.fazhi.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.metrics.format.Language;

/**
 * Command-line arguments split into {@code --name value} options and positional arguments,
 * checked against the options a command accepts.
 */
public final class Options {

  private final Map<String, String> options;
  private final List<String> positional;

  private Options(Map<String, String> options, List<String> positional) {
    this.options = options;
    this.positional = positional;
  }

  /**
   * Parses arguments; {@code --name=value} and {@code --name value} are both accepted.
   *
   * @param args the arguments; not null
   * @param accepted the option names accepted, without dashes; not null
   * @return the options
   * @throws UsageException for an unknown option, a missing value or a repeated option
   */
  public static Options parse(List<String> args, Set<String> accepted) throws UsageException {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("option --" + name + " needs a value");
      }
      if (!accepted.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
      if (options.put(name, value) != null) {
        throw new UsageException("option --" + name + " is given twice");
      }
    }
    return new Options(options, positional);
  }

  /**
   * Returns an option's value, checked against the values allowed.
   *
   * @param name the option's name; not null
   * @param fallback the value when the option is absent; not null
   * @param allowed the values allowed; not null
   * @return the value
   * @throws UsageException if the value is not allowed
   */
  public String choice(String name, String fallback, Set<String> allowed) throws UsageException {
    String value = options.getOrDefault(name, fallback);
    if (!allowed.contains(value)) {
      throw new UsageException("--" + name + " " + value + ": must be one of "
          + String.join(", ", allowed.stream().sorted().toList()));
    }
    return value;
  }

  /**
   * Returns the language of {@code --lang zh|en}, Chinese when absent.
   *
   * @return the language
   * @throws UsageException if the value is neither zh nor en
   */
  public Language language() throws UsageException {
    return Language.parse(choice("lang", "zh", Set.of("zh", "en")));
  }

  /**
   * Returns a date option, {@code YYYY-MM-DD}.
   *
   * @param name the option's name; not null
   * @param fallback the date when the option is absent, {@code YYYY-MM-DD}; not null
   * @return the date
   * @throws UsageException if the value is not a date
   */
  public LocalDate date(String name, String fallback) throws UsageException {
    String text = options.getOrDefault(name, fallback);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("--" + name + " " + text + ": must be a date YYYY-MM-DD");
    }
  }

  /**
   * Checks that a command that takes only options was given nothing else.
   *
   * @param command the command's name; not null
   * @throws UsageException if there are positional arguments
   */
  public void requireNoArguments(String command) throws UsageException {
    if (!positional.isEmpty()) {
      throw new UsageException(command + " takes no arguments but options, not " + positional);
    }
  }

  /**
   * Returns an option's value, if given.
   *
   * @param name the option's name; not null
   * @return the value, or null when absent
   */
  public String value(String name) {
    return options.get(name);
  }

  /**
   * Returns the positional arguments.
   *
   * @return the arguments that are not options, in order; not null
   */
  public List<String> positional() {
    return positional;
  }
}

package org.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.examples.Run;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsEveryCommand() {
    Run run = Run.of("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("report [--data FILE.json]", "verify FILE.csv", "rectification",
        "rollup", "tasks", "quickstart");
  }

  @Test
  void noCommandPrintsHelpAndFails() {
    Run run = Run.of();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains("usage: java -jar fazhi-examples.jar COMMAND");
  }

  @Test
  void anUnknownCommandIsOneLineOnStandardError() {
    Run run = Run.of("frobnicate");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: unknown command frobnicate; run with --help to list"
        + " them\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorsNameTheProblemAndShowTheSynopsis() {
    Run run = Run.of("rollup", "--lang", "fr");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: --lang fr: must be one of en, zh\nusage: rollup");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void unknownOptionsAndMissingValuesAreUsageErrors() {
    assertThat(Run.of("rollup", "--colour", "red").err()).startsWith("error: unknown option --colour");
    assertThat(Run.of("rollup", "--lang").err()).startsWith("error: option --lang needs a value");
    assertThat(Run.of("rollup", "--lang", "zh", "--lang=en").err())
        .startsWith("error: option --lang is given twice");
  }

  @Test
  void commandHelpIsShownOnRequest() {
    Run run = Run.of("verify", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("verify FILE.csv [--format text|csv]");
  }
}

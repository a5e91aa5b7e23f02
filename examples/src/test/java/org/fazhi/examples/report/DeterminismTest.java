package org.fazhi.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.fazhi.examples.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report does not depend on the default locale or time zone: the same bytes come out under
 * Arabic digits, a comma decimal separator, the Turkish dotless i, and zones on both sides of
 * the date line.
 */
class DeterminismTest {

  private Locale locale;
  private TimeZone zone;

  @BeforeEach
  void remember() {
    locale = Locale.getDefault();
    zone = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    Locale.setDefault(locale);
    TimeZone.setDefault(zone);
  }

  static Stream<Arguments> defaults() {
    return Stream.of(
        Arguments.of(Locale.forLanguageTag("ar-SA-u-nu-arab"), "Asia/Riyadh"),
        Arguments.of(Locale.GERMANY, "UTC"),
        Arguments.of(Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati"),
        Arguments.of(Locale.US, "Pacific/Pago_Pago"),
        Arguments.of(Locale.SIMPLIFIED_CHINESE, "Asia/Shanghai"));
  }

  @ParameterizedTest
  @MethodSource("defaults")
  void theSameBytesUnderAnyDefaultLocaleAndZone(Locale defaultLocale, String defaultZone) {
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    String[][] commands = {{"report"}, {"report", "--lang", "en", "--format", "json"},
        {"rectification", "--as-of", "2024-09-30"}, {"tasks"}};
    String[] reference = new String[commands.length];
    for (int i = 0; i < commands.length; i++) {
      reference[i] = Run.of(commands[i]).out();
    }

    Locale.setDefault(defaultLocale);
    TimeZone.setDefault(TimeZone.getTimeZone(defaultZone));
    for (int i = 0; i < commands.length; i++) {
      assertThat(Run.of(commands[i]).out()).isEqualTo(reference[i]);
    }
  }
}

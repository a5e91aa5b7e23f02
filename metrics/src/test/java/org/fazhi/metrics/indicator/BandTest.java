package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Band}. */
class BandTest {

  @Test
  void of() {
    Band band = Band.of("优秀", "excellent", "[95,100]");
    assertThat(band.chinese()).isEqualTo("优秀");
    assertThat(band.english()).isEqualTo("excellent");
    assertThat(band.interval()).isEqualTo(Interval.parse("[95,100]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "　"})
  void of_blankNames(String blank) {
    assertInvalid(() -> Band.of(blank, "excellent", "[95,100]"),
        "Band.chinese = \"" + blank + "\": must not be blank");
    assertInvalid(() -> Band.of("优秀", blank, "[95,100]"),
        "Band.english = \"" + blank + "\": must not be blank");
  }

  @Test
  void of_malformedInterval() {
    assertInvalid(() -> Band.of("优秀", "excellent", "95-100"),
        "Interval = \"95-100\": must be like [85,95), [95,+∞) or (-∞,60)");
    assertInvalid(() -> Band.of("优秀", "excellent", "[100,95]"),
        "Interval = \"[100,95]\": must not be empty");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Band.of("优秀", "excellent", "[95,100]"),
            Band.of("优秀", "excellent", "[95.0,100.00]"))
        .addEqualityGroup(Band.of("良好", "excellent", "[95,100]"))
        .addEqualityGroup(Band.of("优秀", "good", "[95,100]"))
        .addEqualityGroup(Band.of("优秀", "excellent", "[95,100)"))
        .testEquals();
  }

  @Test
  void toString_namesAndInterval() {
    assertThat(Band.of("良好", "good", "[85,95)")).hasToString("良好/good [85,95)");
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "[0,1)");
    tester.testAllPublicStaticMethods(Band.class);
  }
}

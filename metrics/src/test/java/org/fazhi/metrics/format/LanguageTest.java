package org.fazhi.metrics.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void parsesCodesInAnyCaseEvenUnderTheTurkishLocale() {
    assertThat(Language.parse("zh")).isEqualTo(Language.ZH);
    assertThat(Language.parse("EN")).isEqualTo(Language.EN);
    assertThat(Language.parse("En")).isEqualTo(Language.EN);
  }

  @Test
  void rejectsOtherCodes() {
    assertThatIllegalArgumentException().isThrownBy(() -> Language.parse("fr"))
        .withMessage("Language = \"fr\": must be zh or en");
  }

  @Test
  void locales() {
    assertThat(Language.ZH.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
  }
}

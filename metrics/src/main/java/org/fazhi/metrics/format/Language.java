package org.fazhi.metrics.format;

import java.util.Locale;

/** The language figures and tables are printed in. Never taken from the default locale. */
public enum Language {
  /** Simplified Chinese, as reports print: "同比增长400%". */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English: "up 400% year on year". */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale of the language.
   *
   * @return {@code zh-CN} or {@code en}; not null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the language of a code such as {@code zh} or {@code en}, in any case.
   *
   * @param code the code; not null
   * @return the language
   * @throws IllegalArgumentException if the code is neither {@code zh} nor {@code en}
   */
  public static Language parse(String code) {
    for (Language language : values()) {
      if (language.name().equalsIgnoreCase(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Language = \"" + code + "\": must be zh or en");
  }
}

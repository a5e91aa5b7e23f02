package org.fazhi.jackson;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The mapper and the pretty writer fazhi's own entry points use. */
final class Mappers {

  /**
   * A mapper with the {@link FazhiModule} that rejects content after the value read and leaves
   * the caller's streams open.
   */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new FazhiModule())
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * Writes two-space indented JSON with {@code "key": value} and one element per line, the same
   * on every platform (line feeds only), non-ASCII characters unescaped.
   */
  static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Mappers() {}
}

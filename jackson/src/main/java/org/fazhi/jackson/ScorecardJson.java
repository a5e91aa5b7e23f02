package org.fazhi.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.fazhi.metrics.scorecard.Scorecard;

/**
 * Writes scorecards as JSON and reads them back exactly: {@code read(write(s)).equals(s)}.
 *
 * <p>The format, tagged {@code "fazhi": "scorecard/1"}:
 *
 * <pre>{@code
 * { "fazhi": "scorecard/1",
 *   "unit": {"code": "640424", "name": "泾源县", "parent": "640400"},
 *   "period": "2024", "basePeriod": "2023",
 *   "catalogId": "fazhi-standard", "catalogVersion": "2024.1",
 *   "indicators": [ … the full definition of every indicator of the rows, once … ],
 *   "rows": [ {"indicator": "MED-RESOLUTION",
 *              "value": {"indicator": "MED-RESOLUTION", "catalogVersion": "2024.1",
 *                        "unit": "640424", "period": "2024",
 *                        "tally": {"numerator": 900, "denominator": 930,
 *                                  "exclusions": 0, "exceptions": 0},
 *                        "outcome": {"value": "30/31", "decimal": "0.967741935484"}},
 *              "base": { … the value a year before … },
 *              "change": {"kind": "POINTS", "comparison": "YEAR_ON_YEAR",
 *                         "base": {…}, "current": {…}, "outcome": {…}},
 *              "target": "MET", "band": {"chinese": "优秀", "english": "excellent",
 *                                        "interval": "[95,100]"},
 *              "printed": "96.77%",
 *              "check": {"verdict": "REPRODUCED", "published": "96.77%",
 *                        "expected": "96.77%", "detail": "…"}} ] }
 * }</pre>
 *
 * <p>A value has exactly one of {@code tally} (a rate), {@code total} (a count or sum),
 * {@code change} (a change indicator) or {@code "missing": true} (inputs not known); its
 * {@code outcome} is {@code {"value": "30/31", "decimal": "0.967741935484"}} (the decimal is
 * informational, to 12 places, HALF_UP) or {@code {"undefined": "ZERO_DENOMINATOR"}}. Rows name
 * their indicator by code; reading resolves it from {@code indicators}. Optional parts of a row
 * are left out where absent: a row has {@code printed} where a report printed the figure, and
 * {@code check} where that figure could be checked (not where the value's inputs are missing). Field order is fixed, output is indented with two spaces and line
 * feeds, and Chinese characters are written as they are, not escaped.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ScorecardJson {

  private ScorecardJson() {}

  /**
   * Writes a scorecard as indented JSON, ending with a line feed.
   *
   * @param scorecard the scorecard; not null
   * @return the JSON; not null
   * @throws IllegalArgumentException if two rows define the same indicator code differently
   */
  public static String write(Scorecard scorecard) {
    requireNonNull(scorecard, "scorecard");
    try {
      return Mappers.PRETTY.writeValueAsString(scorecard) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a scorecard written by {@link #write(Scorecard)}.
   *
   * @param json the JSON; not null
   * @return the scorecard
   * @throws JsonProcessingException if the text is not JSON, or not a valid scorecard; the
   *     message lists every problem found, one per line, with its JSON path
   */
  public static Scorecard read(String json) throws JsonProcessingException {
    return Mappers.MAPPER.readValue(requireNonNull(json, "json"), Scorecard.class);
  }
}

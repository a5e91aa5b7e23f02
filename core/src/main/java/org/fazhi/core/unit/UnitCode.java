package org.fazhi.core.unit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;
import org.fazhi.core.validation.InvalidValueException;

/**
 * The code of an organisational unit (单位代码).
 *
 * <p>Three forms are accepted:
 *
 * <ul>
 *   <li>an administrative region (行政区划代码) as six GB/T 2260 digits, such as {@code 640424}
 *       (泾源县), {@code 640400} (固原市) or {@code 640000} (宁夏回族自治区); the first two digits
 *       must name a province;
 *   <li>a township or subdistrict (乡镇、街道) as nine digits, its county's code followed by a
 *       three-digit number other than {@code 000}, such as {@code 640424100};
 *   <li>an agency (部门、机构) as a region or township code, a hyphen, and one to sixteen upper-case
 *       letters or digits, such as {@code 640424-SFJ} (泾源县司法局).
 * </ul>
 *
 * <p>{@link #parse(String)} is the exact inverse of {@link #toString()}. This class is immutable
 * and thread-safe.
 */
public final class UnitCode implements Comparable<UnitCode> {

  private static final Pattern REGION = Pattern.compile("\\d{6}");
  private static final Pattern TOWNSHIP = Pattern.compile("\\d{9}");
  private static final Pattern AGENCY = Pattern.compile("(\\d{6}|\\d{9})-[A-Z0-9]{1,16}");

  /** The provincial prefixes of GB/T 2260, including 台湾, 香港 and 澳门. */
  private static final ImmutableSet<String> PROVINCES =
      ImmutableSet.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
          "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
          "63", "64", "65", "71", "81", "82");

  private final String code;
  private final UnitKind kind;

  private UnitCode(String code, UnitKind kind) {
    this.code = code;
    this.kind = kind;
  }

  /**
   * Parses a unit code.
   *
   * @param text the code, such as {@code "640424"}, {@code "640424100"} or {@code "640424-SFJ"};
   *     not null
   * @return the code
   * @throws InvalidValueException if the text is none of the three accepted forms, or its region
   *     part is not a valid GB/T 2260 code
   */
  public static UnitCode parse(String text) {
    requireNonNull(text, "text");
    if (REGION.matcher(text).matches()) {
      return new UnitCode(text, regionKind(text));
    }
    if (TOWNSHIP.matcher(text).matches()) {
      String county = text.substring(0, 6);
      if (regionKind(county) != UnitKind.COUNTY || text.endsWith("000")) {
        throw invalid(text, "a township code is a county's six digits and three more, not 000");
      }
      return new UnitCode(text, UnitKind.TOWNSHIP);
    }
    if (AGENCY.matcher(text).matches()) {
      parse(text.substring(0, text.indexOf('-')));
      return new UnitCode(text, UnitKind.AGENCY);
    }
    throw invalid(
        text,
        "must be six GB/T 2260 digits (640424), nine township digits (640424100)"
            + " or an agency code (640424-SFJ)");
  }

  private static UnitKind regionKind(String region) {
    if (!PROVINCES.contains(region.substring(0, 2))) {
      throw invalid(region, "the first two digits must name a GB/T 2260 province");
    }
    if (region.endsWith("0000")) {
      return UnitKind.PROVINCE;
    }
    return region.endsWith("00") ? UnitKind.PREFECTURE : UnitKind.COUNTY;
  }

  private static InvalidValueException invalid(String text, String rule) {
    return new InvalidValueException("UnitCode", "\"" + text + "\"", rule);
  }

  /**
   * Returns the kind of unit the code denotes, read off its structure.
   *
   * @return the kind; not null
   */
  public UnitKind kind() {
    return kind;
  }

  /**
   * Returns whether this is the code of an administrative region (a province, prefecture or
   * county), as opposed to a township or an agency.
   *
   * @return true for a six-digit GB/T 2260 code
   */
  public boolean isRegion() {
    return kind == UnitKind.PROVINCE || kind == UnitKind.PREFECTURE || kind == UnitKind.COUNTY;
  }

  /**
   * Returns whether, by the structure of GB/T 2260 codes alone, the region or township this code
   * denotes lies within {@code other}: {@code 640424} lies within {@code 640400} and
   * {@code 640000}; {@code 640424100} within {@code 640424}. Agencies lie within nothing by code.
   *
   * @param other a region code; not null
   * @return true if this code is a region or township strictly within {@code other}
   */
  public boolean liesWithin(UnitCode other) {
    requireNonNull(other, "other");
    if (kind == UnitKind.AGENCY || !other.isRegion() || equals(other)) {
      return false;
    }
    int prefix =
        switch (other.kind) {
          case PROVINCE -> 2;
          case PREFECTURE -> 4;
          default -> 6;
        };
    return code.startsWith(other.code.substring(0, prefix));
  }

  @Override
  public int compareTo(UnitCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof UnitCode other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code as text, the exact input of {@link #parse(String)}.
   *
   * @return the code, such as {@code "640424"}; not null
   */
  @Override
  public String toString() {
    return code;
  }
}

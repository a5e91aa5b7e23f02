package org.fazhi.core.unit;

import org.fazhi.core.validation.ChineseTerm;

/**
 * The kind of an organisational unit (单位类型), read off the structure of its {@link UnitCode}.
 */
public enum UnitKind implements ChineseTerm {
  /** A provincial-level region (省级), GB/T 2260 code ending in {@code 0000}. */
  PROVINCE("省级行政区"),
  /** A prefecture-level region (地级), GB/T 2260 code ending in {@code 00}. */
  PREFECTURE("地级行政区"),
  /** A county-level region (县级), any other six-digit GB/T 2260 code. */
  COUNTY("县级行政区"),
  /** A township or subdistrict (乡镇、街道), nine digits: its county's code and three more. */
  TOWNSHIP("乡镇（街道）"),
  /** A government agency or other body (部门、机构) under a region, such as a 司法局. */
  AGENCY("部门（机构）");

  private final String chinese;

  UnitKind(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

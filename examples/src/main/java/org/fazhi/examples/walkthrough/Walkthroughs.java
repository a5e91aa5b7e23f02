package org.fazhi.examples.walkthrough;

import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.examples.report.BundledData;

/** What the worked examples share: the units of 泾源县, from the bundled dataset. */
final class Walkthroughs {

  static final String COUNTY = "640424";

  private Walkthroughs() {}

  static UnitHierarchy jingyuan() {
    return Units.JINGYUAN;
  }

  /** Read once, on first use. */
  private static final class Units {
    static final UnitHierarchy JINGYUAN = BundledData.jingyuan().hierarchy();
  }
}

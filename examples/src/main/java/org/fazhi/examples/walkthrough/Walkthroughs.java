package org.fazhi.examples.walkthrough;

import java.util.List;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitHierarchy;

/** The units the worked examples run on: 泾源县, its townships and some of its agencies. */
final class Walkthroughs {

  static final String COUNTY = "640424";

  private Walkthroughs() {}

  static UnitHierarchy jingyuan() {
    return UnitHierarchy.of(List.of(
        OrgUnit.root("640000", "宁夏回族自治区"),
        OrgUnit.of("640400", "固原市", "640000"),
        OrgUnit.of(COUNTY, "泾源县", "640400"),
        OrgUnit.of("640424100", "香水镇", COUNTY),
        OrgUnit.of("640424101", "泾河源镇", COUNTY),
        OrgUnit.of("640424102", "六盘山镇", COUNTY),
        OrgUnit.of("640424200", "新民乡", COUNTY),
        OrgUnit.of("640424201", "兴盛乡", COUNTY),
        OrgUnit.of("640424202", "黄花乡", COUNTY),
        OrgUnit.of("640424203", "大湾乡", COUNTY),
        OrgUnit.of("640424-SFJ", "泾源县司法局", COUNTY),
        OrgUnit.of("640424-ZFJD", "泾源县行政执法协调监督局", COUNTY),
        OrgUnit.of("640424-GAJ", "泾源县公安局", COUNTY),
        OrgUnit.of("640424-SCJ", "泾源县市场监督管理局", COUNTY),
        OrgUnit.of("640424-ZRJ", "泾源县自然资源局", COUNTY),
        OrgUnit.of("640424-NYJ", "泾源县农业农村局", COUNTY)));
  }
}

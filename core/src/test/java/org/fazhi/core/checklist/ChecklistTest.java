package org.fazhi.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;

/** Tests {@link Checklist}. */
class ChecklistTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode SCJ = UnitCode.parse("640424-SCJ");
  private static final LocalDate VERSION = LocalDate.of(2024, 1, 1);

  private static ChecklistItem item(String code, String name, PowerCategory category) {
    return ChecklistItem.builder().code(code).name(name).category(category).owner(SCJ).build();
  }

  private static final ChecklistItem LICENCE = item("XK-001", "食品经营许可", PowerCategory.LICENSING);
  private static final ChecklistItem PENALTY = item("CF-001", "对无证经营的处罚", PowerCategory.PENALTY);

  private static Checklist checklist(
      ChecklistKind kind, UnitCode owner, LocalDate version, List<ChecklistItem> items) {
    return Checklist.builder().kind(kind).owner(owner).versionDate(version).addAllItems(items)
        .build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    Checklist checklist = checklist(ChecklistKind.POWERS_AND_RESPONSIBILITIES, JINGYUAN, VERSION,
        List.of(LICENCE, PENALTY));
    assertThat(checklist.kind()).isEqualTo(ChecklistKind.POWERS_AND_RESPONSIBILITIES);
    assertThat(checklist.owner()).isEqualTo(JINGYUAN);
    assertThat(checklist.versionDate()).isEqualTo(VERSION);
    assertThat(checklist.items()).containsExactly(LICENCE, PENALTY);
    assertThat(checklist).hasToString("权责清单 of 640424 (2024-01-01, 2 items)");
  }

  @Test
  void builder_empty() {
    Checklist checklist =
        checklist(ChecklistKind.CERTIFICATION_MATTERS, JINGYUAN, VERSION, List.of());
    assertThat(checklist.items()).isEmpty();
    assertThat(checklist.item("XK-001")).isEmpty();
    assertThat(checklist).hasToString("证明事项清单 of 640424 (2024-01-01, 0 items)");
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Checklist.builder().owner(JINGYUAN).build())
        .withMessageContaining("[kind, versionDate]");
  }

  @Test
  void builder_nulls() {
    assertThatNullPointerException().isThrownBy(() -> Checklist.builder().kind(null))
        .withMessage("kind");
    assertThatNullPointerException().isThrownBy(() -> Checklist.builder().owner(null))
        .withMessage("owner");
    assertThatNullPointerException().isThrownBy(() -> Checklist.builder().versionDate(null))
        .withMessage("versionDate");
    assertThatNullPointerException()
        .isThrownBy(() -> Checklist.builder().addItems((ChecklistItem) null));
    new NullPointerTester().testAllPublicStaticMethods(Checklist.class);
    new NullPointerTester().testAllPublicInstanceMethods(Checklist.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  @Test
  void build_duplicateItemCode() {
    ChecklistItem renamed = item("XK-001", "食品生产许可", PowerCategory.LICENSING);
    assertInvalid(
        () -> checklist(ChecklistKind.POWERS_AND_RESPONSIBILITIES, JINGYUAN, VERSION,
            List.of(LICENCE, PENALTY, renamed)),
        "Checklist.items.code = XK-001: must appear only once");
  }

  //-----------------------------------------------------------------------
  // item(String)
  //-----------------------------------------------------------------------
  @Test
  void item() {
    Checklist checklist = checklist(ChecklistKind.POWERS_AND_RESPONSIBILITIES, JINGYUAN, VERSION,
        List.of(LICENCE, PENALTY));
    assertThat(checklist.item("XK-001")).containsSame(LICENCE);
    assertThat(checklist.item("CF-001")).containsSame(PENALTY);
    assertThat(checklist.item("XK-002")).isEmpty();
    assertThat(checklist.item("xk-001")).isEmpty();
  }

  @Test
  void item_null() {
    Checklist checklist = checklist(ChecklistKind.POWERS_AND_RESPONSIBILITIES, JINGYUAN, VERSION,
        List.of(LICENCE, PENALTY));
    assertThatNullPointerException().isThrownBy(() -> checklist.item(null)).withMessage("code");
    new NullPointerTester().testAllPublicInstanceMethods(checklist);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    ChecklistKind powers = ChecklistKind.POWERS_AND_RESPONSIBILITIES;
    List<ChecklistItem> both = List.of(LICENCE, PENALTY);
    new EqualsTester()
        .addEqualityGroup(
            checklist(powers, JINGYUAN, VERSION, both), checklist(powers, JINGYUAN, VERSION, both))
        .addEqualityGroup(checklist(ChecklistKind.ENFORCEMENT_MATTERS, JINGYUAN, VERSION, both))
        .addEqualityGroup(checklist(powers, SCJ, VERSION, both))
        .addEqualityGroup(checklist(powers, JINGYUAN, VERSION.plusDays(1), both))
        .addEqualityGroup(checklist(powers, JINGYUAN, VERSION, List.of(PENALTY, LICENCE)))
        .addEqualityGroup(checklist(powers, JINGYUAN, VERSION, List.of(LICENCE)))
        .testEquals();
  }
}

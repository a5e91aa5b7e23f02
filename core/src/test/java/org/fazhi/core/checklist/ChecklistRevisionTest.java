package org.fazhi.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;

/** Tests {@link ChecklistRevision}. */
class ChecklistRevisionTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode ZHZF = UnitCode.parse("640424-ZHZF");
  private static final UnitCode XIANGSHUI = UnitCode.parse("640424100");
  private static final LocalDate OLDER = LocalDate.of(2024, 1, 1);
  private static final LocalDate NEWER = LocalDate.of(2024, 7, 1);
  private static final Delegation TO_XIANGSHUI = Delegation.of(XIANGSHUI, LocalDate.of(2023, 6, 1));

  private static ChecklistItem item(String code, String name) {
    return ChecklistItem.builder().code(code).name(name).category(PowerCategory.PENALTY)
        .owner(ZHZF).build();
  }

  private static ChecklistItem item(String code, String name, Delegation delegation) {
    return ChecklistItem.builder().code(code).name(name).category(PowerCategory.PENALTY)
        .owner(ZHZF).delegation(delegation).build();
  }

  private static Checklist duties(LocalDate version, ChecklistItem... items) {
    return Checklist.builder().kind(ChecklistKind.TOWNSHIP_DUTIES).owner(JINGYUAN)
        .versionDate(version).addItems(items).build();
  }

  // the items of both versions, as in 泾源县's evaluation of the 66 powers delegated to townships
  private static final ChecklistItem KEPT = item("A", "不变事项");
  private static final ChecklistItem DROPPED = item("B", "取消事项");
  private static final ChecklistItem RENAMED_BEFORE = item("C", "旧名称");
  private static final ChecklistItem RENAMED_AFTER = item("C", "新名称");
  private static final ChecklistItem TO_DELEGATE_BEFORE = item("D", "拟下放事项");
  private static final ChecklistItem TO_DELEGATE_AFTER =
      item("D", "拟下放事项", Delegation.of(XIANGSHUI, LocalDate.of(2024, 5, 1)));
  private static final ChecklistItem TO_RECALL_BEFORE = item("E", "接不住的事项", TO_XIANGSHUI);
  private static final ChecklistItem TO_RECALL_AFTER =
      item("E", "接不住的事项", TO_XIANGSHUI.recall(LocalDate.of(2024, 6, 1)));
  private static final ChecklistItem STILL_DELEGATED = item("F", "继续下放事项", TO_XIANGSHUI);
  private static final ChecklistItem DELEGATED_LATER_BEFORE = item("G", "下半年下放事项");
  private static final ChecklistItem DELEGATED_LATER_AFTER =
      item("G", "下半年下放事项", Delegation.of(XIANGSHUI, LocalDate.of(2024, 9, 1)));
  private static final ChecklistItem DELEGATED_AND_DROPPED = item("J", "下放后取消事项", TO_XIANGSHUI);
  private static final ChecklistItem ADDED = item("H", "新增事项");
  private static final ChecklistItem ADDED_DELEGATED =
      item("I", "新增并下放事项", Delegation.of(XIANGSHUI, LocalDate.of(2024, 6, 15)));

  private static final Checklist BEFORE = duties(OLDER,
      KEPT, DROPPED, RENAMED_BEFORE, TO_DELEGATE_BEFORE, TO_RECALL_BEFORE, STILL_DELEGATED,
      DELEGATED_LATER_BEFORE, DELEGATED_AND_DROPPED);
  private static final Checklist AFTER = duties(NEWER,
      ADDED, KEPT, RENAMED_AFTER, TO_DELEGATE_AFTER, TO_RECALL_AFTER, STILL_DELEGATED,
      DELEGATED_LATER_AFTER, ADDED_DELEGATED);

  //-----------------------------------------------------------------------
  // between(Checklist, Checklist)
  //-----------------------------------------------------------------------
  @Test
  void between() {
    ChecklistRevision revision = ChecklistRevision.between(BEFORE, AFTER);
    assertThat(revision.older()).isSameAs(BEFORE);
    assertThat(revision.newer()).isSameAs(AFTER);
    assertThat(revision).hasToString("ChecklistRevision 2024-01-01 → 2024-07-01 (+2 −2 ~4)");
  }

  @Test
  void between_differentKinds() {
    Checklist other = Checklist.builder().kind(ChecklistKind.ENFORCEMENT_MATTERS).owner(JINGYUAN)
        .versionDate(NEWER).build();
    assertInvalid(() -> ChecklistRevision.between(BEFORE, other),
        "ChecklistRevision.newer = 行政执法事项清单 of 640424 (2024-07-01, 0 items):"
            + " must be a version of the same checklist as 乡镇履职事项清单 of 640424"
            + " (2024-01-01, 8 items)");
  }

  @Test
  void between_differentOwners() {
    Checklist other = Checklist.builder().kind(ChecklistKind.TOWNSHIP_DUTIES)
        .owner(UnitCode.parse("640400")).versionDate(NEWER).build();
    assertInvalid(() -> ChecklistRevision.between(BEFORE, other),
        "ChecklistRevision.newer = 乡镇履职事项清单 of 640400 (2024-07-01, 0 items):"
            + " must be a version of the same checklist as 乡镇履职事项清单 of 640424"
            + " (2024-01-01, 8 items)");
  }

  @Test
  void between_sameDay() {
    assertInvalid(() -> ChecklistRevision.between(BEFORE, duties(OLDER, KEPT)),
        "ChecklistRevision.newer = 2024-01-01: must come after the older version (2024-01-01)");
  }

  @Test
  void between_reversed() {
    assertInvalid(() -> ChecklistRevision.between(AFTER, BEFORE),
        "ChecklistRevision.newer = 2024-01-01: must come after the older version (2024-07-01)");
  }

  @Test
  void between_nextDay() {
    assertThat(ChecklistRevision.between(BEFORE, duties(OLDER.plusDays(1))).removed())
        .hasSize(8);
  }

  @Test
  void between_nulls() {
    assertThatNullPointerException().isThrownBy(() -> ChecklistRevision.between(null, AFTER))
        .withMessage("older");
    assertThatNullPointerException().isThrownBy(() -> ChecklistRevision.between(BEFORE, null))
        .withMessage("newer");
    new NullPointerTester()
        .setDefault(Checklist.class, BEFORE)
        .testAllPublicStaticMethods(ChecklistRevision.class);
  }

  //-----------------------------------------------------------------------
  // added(), removed(), changed()
  //-----------------------------------------------------------------------
  @Test
  void added_inTheNewerOrder() {
    assertThat(ChecklistRevision.between(BEFORE, AFTER).added())
        .containsExactly(ADDED, ADDED_DELEGATED);
  }

  @Test
  void removed_inTheOlderOrder() {
    assertThat(ChecklistRevision.between(BEFORE, AFTER).removed())
        .containsExactly(DROPPED, DELEGATED_AND_DROPPED);
  }

  @Test
  void changed_asInTheNewer() {
    assertThat(ChecklistRevision.between(BEFORE, AFTER).changed())
        .containsExactly(RENAMED_AFTER, TO_DELEGATE_AFTER, TO_RECALL_AFTER, DELEGATED_LATER_AFTER);
  }

  @Test
  void noChange() {
    Checklist same = Checklist.builder().kind(ChecklistKind.TOWNSHIP_DUTIES).owner(JINGYUAN)
        .versionDate(NEWER).addAllItems(BEFORE.items()).build();
    ChecklistRevision revision = ChecklistRevision.between(BEFORE, same);
    assertThat(revision.added()).isEmpty();
    assertThat(revision.removed()).isEmpty();
    assertThat(revision.changed()).isEmpty();
    assertThat(revision.delegated()).isEmpty();
    assertThat(revision.recalled()).isEmpty();
    assertThat(revision).hasToString("ChecklistRevision 2024-01-01 → 2024-07-01 (+0 −0 ~0)");
  }

  //-----------------------------------------------------------------------
  // delegated(), recalled()
  //-----------------------------------------------------------------------
  @Test
  void delegated_newlyInForce() {
    // G's delegation takes effect after the newer version's date, so it is not yet delegated
    assertThat(ChecklistRevision.between(BEFORE, AFTER).delegated())
        .containsExactly(TO_DELEGATE_AFTER, ADDED_DELEGATED);
  }

  @Test
  void recalled_stillOnTheList() {
    // J was delegated and then dropped: removed, not recalled
    assertThat(ChecklistRevision.between(BEFORE, AFTER).recalled())
        .containsExactly(TO_RECALL_AFTER);
  }

  @Test
  void delegatedAndRecalled_reckonedOnEachVersionDate() {
    // the same record, delegated on 2024-03-01 and recalled on 2024-05-01
    ChecklistItem item =
        item("K", "事项", Delegation.of(XIANGSHUI, LocalDate.of(2024, 3, 1))
            .recall(LocalDate.of(2024, 5, 1)));
    ChecklistRevision delegated = ChecklistRevision.between(
        duties(LocalDate.of(2024, 2, 1), item), duties(LocalDate.of(2024, 4, 1), item));
    assertThat(delegated.delegated()).containsExactly(item);
    assertThat(delegated.recalled()).isEmpty();
    assertThat(delegated.changed()).isEmpty();
    ChecklistRevision recalled = ChecklistRevision.between(
        duties(LocalDate.of(2024, 4, 1), item), duties(LocalDate.of(2024, 5, 1), item));
    assertThat(recalled.delegated()).isEmpty();
    assertThat(recalled.recalled()).containsExactly(item);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    Checklist later = duties(NEWER.plusDays(1), KEPT);
    new EqualsTester()
        .addEqualityGroup(
            ChecklistRevision.between(BEFORE, AFTER), ChecklistRevision.between(BEFORE, AFTER))
        .addEqualityGroup(ChecklistRevision.between(duties(OLDER, KEPT), AFTER))
        .addEqualityGroup(ChecklistRevision.between(BEFORE, later))
        .testEquals();
  }
}

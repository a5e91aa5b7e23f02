package org.fazhi.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link ChecklistItem}. */
class ChecklistItemTest {

  private static final UnitCode SCJ = UnitCode.parse("640424-SCJ");
  private static final UnitCode ZHZF = UnitCode.parse("640424-ZHZF");
  private static final UnitCode XIANGSHUI = UnitCode.parse("640424100");
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 15);
  private static final Delegation DELEGATION =
      Delegation.of(XIANGSHUI, LocalDate.of(2024, 3, 1)).recall(LocalDate.of(2024, 9, 1));
  private static final List<String> BASIS = List.of("《中华人民共和国食品安全法》第三十五条");

  /** Builds an item from every attribute; {@code published} and {@code delegation} may be null. */
  private static ChecklistItem item(
      String code, String name, PowerCategory category, List<String> basis, UnitCode owner,
      LocalDate published, Delegation delegation, Set<ServiceMode> modes) {
    return ChecklistItem.builder()
        .code(code)
        .name(name)
        .category(category)
        .addAllLegalBasis(basis)
        .owner(owner)
        .publishedDate(Optional.ofNullable(published))
        .delegation(Optional.ofNullable(delegation))
        .addAllServiceModes(modes)
        .build();
  }

  private static ChecklistItem licence() {
    return item("XK-001", "食品经营许可", PowerCategory.LICENSING, BASIS, SCJ, PUBLISHED,
        DELEGATION, Set.of(ServiceMode.ONLINE));
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    ChecklistItem item = ChecklistItem.builder()
        .code("XK-001")
        .name("食品经营许可")
        .category(PowerCategory.LICENSING)
        .addLegalBasis("《中华人民共和国食品安全法》第三十五条", "《食品经营许可和备案管理办法》")
        .owner(SCJ)
        .publishedDate(PUBLISHED)
        .delegation(DELEGATION)
        .addServiceModes(ServiceMode.CROSS_PROVINCE, ServiceMode.ONLINE)
        .build();
    assertThat(item.code()).isEqualTo("XK-001");
    assertThat(item.name()).isEqualTo("食品经营许可");
    assertThat(item.category()).isEqualTo(PowerCategory.LICENSING);
    assertThat(item.legalBasis())
        .containsExactly("《中华人民共和国食品安全法》第三十五条", "《食品经营许可和备案管理办法》");
    assertThat(item.owner()).isEqualTo(SCJ);
    assertThat(item.publishedDate()).contains(PUBLISHED);
    assertThat(item.delegation()).contains(DELEGATION);
    assertThat(item.serviceModes())
        .containsExactlyInAnyOrder(ServiceMode.ONLINE, ServiceMode.CROSS_PROVINCE);
    assertThat(item).hasToString("ChecklistItem XK-001 食品经营许可 [行政许可]");
  }

  @Test
  void builder_optionalsDefaultToEmpty() {
    ChecklistItem item = ChecklistItem.builder().code("CF-001").name("罚款")
        .category(PowerCategory.PENALTY).owner(ZHZF).build();
    assertThat(item.legalBasis()).isEmpty();
    assertThat(item.publishedDate()).isEmpty();
    assertThat(item.delegation()).isEmpty();
    assertThat(item.serviceModes()).isEmpty();
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ChecklistItem.builder().code("XK-001").build())
        .withMessageContaining("[name, category, owner]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("code", (Consumer<ChecklistItem.Builder>) b -> b.code(null)),
        arguments("name", (Consumer<ChecklistItem.Builder>) b -> b.name(null)),
        arguments("category", (Consumer<ChecklistItem.Builder>) b -> b.category(null)),
        arguments("owner", (Consumer<ChecklistItem.Builder>) b -> b.owner(null)),
        arguments("publishedDate",
            (Consumer<ChecklistItem.Builder>) b -> b.publishedDate((LocalDate) null)),
        arguments("delegation",
            (Consumer<ChecklistItem.Builder>) b -> b.delegation((Delegation) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<ChecklistItem.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(ChecklistItem.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> ChecklistItem.builder().addLegalBasis((String) null));
    assertThatNullPointerException()
        .isThrownBy(() -> ChecklistItem.builder().addServiceModes((ServiceMode) null));
    new NullPointerTester().testAllPublicStaticMethods(ChecklistItem.class);
    new NullPointerTester().testAllPublicInstanceMethods(ChecklistItem.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void build_blankCode(String code) {
    assertInvalid(() -> item(code, "食品经营许可", PowerCategory.LICENSING, BASIS, SCJ, null, null,
            Set.of()),
        "ChecklistItem.code = \"" + code + "\": must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void build_blankName(String name) {
    assertInvalid(() -> item("XK-001", name, PowerCategory.LICENSING, BASIS, SCJ, null, null,
            Set.of()),
        "ChecklistItem.name = \"" + name + "\": must not be blank");
  }

  //-----------------------------------------------------------------------
  // isPublishedBy(LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void isPublishedBy() {
    ChecklistItem item = licence();
    assertThat(item.isPublishedBy(PUBLISHED.minusDays(1))).isFalse();
    assertThat(item.isPublishedBy(PUBLISHED)).isTrue();
    assertThat(item.isPublishedBy(PUBLISHED.plusDays(1))).isTrue();
  }

  @Test
  void isPublishedBy_notPublished() {
    ChecklistItem item = item("XK-001", "食品经营许可", PowerCategory.LICENSING, BASIS, SCJ, null,
        null, Set.of());
    assertThat(item.isPublishedBy(LocalDate.of(2099, 1, 1))).isFalse();
    assertThatNullPointerException().isThrownBy(() -> item.isPublishedBy(null))
        .withMessage("asOf");
  }

  //-----------------------------------------------------------------------
  // isDelegatedOn(LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void isDelegatedOn() {
    ChecklistItem item = licence();
    assertThat(item.isDelegatedOn(LocalDate.of(2024, 2, 29))).isFalse();
    assertThat(item.isDelegatedOn(LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(item.isDelegatedOn(LocalDate.of(2024, 8, 31))).isTrue();
    assertThat(item.isDelegatedOn(LocalDate.of(2024, 9, 1))).isFalse();
  }

  @Test
  void isDelegatedOn_neverDelegated() {
    ChecklistItem item = item("XK-001", "食品经营许可", PowerCategory.LICENSING, BASIS, SCJ,
        PUBLISHED, null, Set.of());
    assertThat(item.isDelegatedOn(LocalDate.of(2024, 6, 1))).isFalse();
    assertThatNullPointerException().isThrownBy(() -> item.isDelegatedOn(null))
        .withMessage("asOf");
  }

  @Test
  void instanceMethods_nulls() {
    assertThatNullPointerException().isThrownBy(() -> licence().isDelegatedOn(null))
        .withMessage("asOf");
    new NullPointerTester().testAllPublicInstanceMethods(licence());
    new NullPointerTester().testAllPublicInstanceMethods(
        item("XK-001", "食品经营许可", PowerCategory.LICENSING, BASIS, SCJ, null, null, Set.of()));
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    PowerCategory lic = PowerCategory.LICENSING;
    Set<ServiceMode> online = Set.of(ServiceMode.ONLINE);
    new EqualsTester()
        .addEqualityGroup(licence(), licence())
        .addEqualityGroup(item("XK-002", "食品经营许可", lic, BASIS, SCJ, PUBLISHED, DELEGATION,
            online))
        .addEqualityGroup(item("XK-001", "食品生产许可", lic, BASIS, SCJ, PUBLISHED, DELEGATION,
            online))
        .addEqualityGroup(item("XK-001", "食品经营许可", PowerCategory.INSPECTION, BASIS, SCJ,
            PUBLISHED, DELEGATION, online))
        .addEqualityGroup(item("XK-001", "食品经营许可", lic, List.of(), SCJ, PUBLISHED,
            DELEGATION, online))
        .addEqualityGroup(item("XK-001", "食品经营许可", lic, BASIS, ZHZF, PUBLISHED, DELEGATION,
            online))
        .addEqualityGroup(item("XK-001", "食品经营许可", lic, BASIS, SCJ, null, DELEGATION,
            online))
        .addEqualityGroup(item("XK-001", "食品经营许可", lic, BASIS, SCJ, PUBLISHED.plusDays(1),
            DELEGATION, online))
        .addEqualityGroup(item("XK-001", "食品经营许可", lic, BASIS, SCJ, PUBLISHED, null,
            online))
        .addEqualityGroup(item("XK-001", "食品经营许可", lic, BASIS, SCJ, PUBLISHED,
            Delegation.of(XIANGSHUI, LocalDate.of(2024, 3, 1)), online))
        .addEqualityGroup(item("XK-001", "食品经营许可", lic, BASIS, SCJ, PUBLISHED, DELEGATION,
            Set.of()))
        .addEqualityGroup(item("XK-001", "食品经营许可", lic, BASIS, SCJ, PUBLISHED, DELEGATION,
            Set.of(ServiceMode.ONLINE, ServiceMode.CROSS_PROVINCE)))
        .testEquals();
  }
}

package org.fazhi.core.document;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * An administrative normative document (行政规范性文件), from its legality review (合法性审核)
 * through issue (制定发布), publication (公布) and filing (报备) to the review of the filed
 * document (备案审查).
 *
 * <p>A draft that was reviewed but not issued carries no number and no later dates. An issued
 * document carries its number (文号). Publication and filing require issue, and a filing review
 * requires filing; no step comes before the steps it follows that are recorded (a document may
 * record no legality review, or be filed without a recorded publication, in which case the
 * filing time limit runs from its issue). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NormativeDocument {

  NormativeDocument() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NormativeDocument}; the title and issuer are required. */
  public static final class Builder extends ImmutableNormativeDocument.Builder {
    Builder() {}
  }

  /**
   * Returns the document's number (文号), assigned at issue.
   *
   * @return the number, such as {@code "泾政规发〔2024〕1号"}, present exactly when issued
   */
  public abstract Optional<String> number();

  /**
   * Returns the title.
   *
   * @return the title; not blank
   */
  public abstract String title();

  /**
   * Returns the unit that issues it (制定机关).
   *
   * @return the issuer's code; not null
   */
  public abstract UnitCode issuer();

  /**
   * Returns the day the draft passed legality review (合法性审核).
   *
   * @return the review date, or empty if not reviewed
   */
  public abstract Optional<LocalDate> legalityReviewedDate();

  /**
   * Returns the day the document was issued (印发).
   *
   * @return the issue date, or empty for a draft
   */
  public abstract Optional<LocalDate> issuedDate();

  /**
   * Returns the day the document was published (公布).
   *
   * @return the publication date, or empty if not published
   */
  public abstract Optional<LocalDate> publishedDate();

  /**
   * Returns the day the document was filed with the body above (报送备案).
   *
   * @return the filing date, or empty if not filed
   */
  public abstract Optional<LocalDate> filedDate();

  /**
   * Returns the outcome of the review of the filed document (备案审查).
   *
   * @return the outcome, or empty if not yet reviewed
   */
  public abstract Optional<ReviewOutcome> filingReview();

  @Value.Check
  void check() {
    Checks.nonBlank("NormativeDocument.title", title());
    number().ifPresent(n -> Checks.nonBlank("NormativeDocument.number", n));
    Checks.presentExactlyWhen(
        "NormativeDocument.number", number(), issuedDate().isPresent(), "the document is issued");
    requireStep("publishedDate", publishedDate(), "issuedDate", issuedDate());
    requireStep("filedDate", filedDate(), "issuedDate", issuedDate());
    Checks.notBefore(
        "NormativeDocument.issuedDate", issuedDate(),
        "legalityReviewedDate", legalityReviewedDate());
    Checks.notBefore("NormativeDocument.filedDate", filedDate(), "publishedDate", publishedDate());
    if (filingReview().isPresent() && filedDate().isEmpty()) {
      throw new InvalidValueException(
          "NormativeDocument.filingReview", filingReview().get(), "requires a filedDate");
    }
  }

  private static void requireStep(
      String field, Optional<LocalDate> step, String earlierField, Optional<LocalDate> earlier) {
    if (step.isPresent() && earlier.isEmpty()) {
      throw new InvalidValueException(
          "NormativeDocument." + field, step.get(), "requires an " + earlierField);
    }
    Checks.notBefore("NormativeDocument." + field, step, earlierField, earlier);
  }

  /**
   * Returns whether the document was issued, and so must be filed (有件必备).
   *
   * @return true if the document has an issue date
   */
  public boolean isIssued() {
    return issuedDate().isPresent();
  }

  /**
   * Returns whether the document was filed within a time limit, counted from its publication,
   * or from its issue where it records no publication.
   *
   * @param limit the local filing time limit; not null
   * @return true if filed on or before the deadline; false if not filed
   */
  public boolean isFiledWithin(FilingTimeLimit limit) {
    requireNonNull(limit, "limit");
    Optional<LocalDate> start = publishedDate().or(this::issuedDate);
    return filedDate().isPresent() && !filedDate().get().isAfter(limit.deadline(start.get()));
  }

  @Override
  public String toString() {
    return "NormativeDocument " + number().orElse("(draft)") + " 《" + title() + "》";
  }
}

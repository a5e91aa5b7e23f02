package org.fazhi.jackson;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.core.unit.UnitCode;

/**
 * The unit codes records name, with where each was read, so that a dataset can check them against
 * its units once all of it has been read, whatever the order of its keys. Not thread-safe: one log
 * serves one read.
 */
final class UnitLog {

  /**
   * One unit code named by a record.
   *
   * @param where where it was read
   * @param field the qualified field, such as {@code "MediationCase.unit"}
   * @param code the code
   */
  record Reference(Reading.Where where, String field, UnitCode code) {}

  private final List<Reference> references = new ArrayList<>();

  void add(Reading.Where where, String field, UnitCode code) {
    references.add(new Reference(where, field, code));
  }

  List<Reference> references() {
    return references;
  }
}

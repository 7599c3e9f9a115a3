package org.puente.intelligence.resolution;

import java.util.List;

/**
 * A feature of two person records that the model compares, with its comparison levels, strongest
 * agreement first and the disagreement level last. Each pair of records falls in exactly one level
 * of each feature, or in none when either side lacks the feature: a missing feature adds no weight
 * and is left out of the explanation, because "not known" is not evidence either way.
 */
public enum Feature {
  GIVEN_NAME(0, "givenName", names()),
  SURNAME(1, "surname", names()),
  BIRTH_DATE(
      2,
      "birthDate",
      List.of(
          "EXACT",
          "DAY_MONTH_SWAPPED",
          "ONE_DIGIT",
          "PLACEHOLDER",
          "YEAR_ONLY",
          "WITHIN_3_YEARS",
          "DIFFERENT")),
  DOCUMENT(3, "document", List.of("EXACT", "ONE_TYPO", "CURP_BIRTH_DATE", "DIFFERENT")),
  NATIONALITY(4, "nationality", List.of("OVERLAP", "DISJOINT")),
  PHONE(5, "phone", List.of("EXACT", "LAST_7", "DIFFERENT")),
  ADDRESS(
      6,
      "address",
      List.of(
          "LINE_AND_POSTCODE",
          "LINE",
          "POSTCODE_AND_LOCALITY",
          "POSTCODE",
          "LOCALITY",
          "REGION",
          "DIFFERENT"));

  private final int index;
  private final String label;

  // List.of and Stream.toList lists cannot be changed, which the checker cannot see.
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<String> levels;

  Feature(int index, String label, List<String> levels) {
    this.index = index;
    this.label = label;
    this.levels = levels;
  }

  private static List<String> names() {
    return java.util.Arrays.stream(NameLevel.values()).map(Enum::name).toList();
  }

  /** A name level's index among the name features' levels (they are listed in the same order). */
  static int nameIndex(NameLevel level) {
    return switch (level) {
      case EXACT -> NAME_EXACT;
      case SWAPPED -> NAME_SWAPPED;
      case ALIAS -> 2;
      case PHONETIC -> 3;
      case FUZZY -> NAME_FUZZY;
      case PARTIAL -> 5;
      case INITIAL -> 6;
      case DIFFERENT -> NAME_DIFFERENT;
    };
  }

  /** The feature's position in comparison vectors, which is its place in this list. */
  public int index() {
    return index;
  }

  /** The name in explanations, for example {@code birthDate}. */
  public String label() {
    return label;
  }

  /** The levels, strongest agreement first. */
  public List<String> levels() {
    return levels;
  }

  /** The index of a level by name. */
  public int level(String name) {
    int i = levels.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(label + " has no level " + name);
    }
    return i;
  }

  static final int COUNT = values().length;

  // Level indexes the comparators use, so they are checked once against the lists above.
  static final int NAME_EXACT = 0;
  static final int NAME_SWAPPED = 1;
  static final int NAME_FUZZY = 4;
  static final int NAME_DIFFERENT = 7;
  static final int DOB_EXACT = 0;
  static final int DOB_SWAPPED = 1;
  static final int DOB_ONE_DIGIT = 2;
  static final int DOB_PLACEHOLDER = 3;
  static final int DOB_YEAR_ONLY = 4;
  static final int DOB_WITHIN_3 = 5;
  static final int DOB_DIFFERENT = 6;
  static final int DOC_EXACT = 0;
  static final int DOC_ONE_TYPO = 1;
  static final int DOC_CURP_BIRTH_DATE = 2;
  static final int DOC_DIFFERENT = 3;
  static final int PHONE_EXACT = 0;
  static final int PHONE_LAST_7 = 1;
  static final int PHONE_DIFFERENT = 2;
  static final int ADDR_LINE_AND_POSTCODE = 0;
  static final int ADDR_LINE = 1;
  static final int ADDR_POSTCODE_AND_LOCALITY = 2;
  static final int ADDR_POSTCODE = 3;
  static final int ADDR_LOCALITY = 4;
  static final int ADDR_REGION = 5;
  static final int ADDR_DIFFERENT = 6;
}

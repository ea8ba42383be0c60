package io.retention.features;

/**
 * One labelling rule of RFM segmentation: a label for customers whose recency, frequency and
 * monetary scores each lie in an inclusive range.
 *
 * @param label the label, such as "Champions"
 * @param minRecency lowest recency score that matches, 1–5
 * @param maxRecency highest recency score that matches, 1–5
 * @param minFrequency lowest frequency score that matches
 * @param maxFrequency highest frequency score that matches
 * @param minMonetary lowest monetary score that matches
 * @param maxMonetary highest monetary score that matches
 */
public record RfmRule(
    String label,
    int minRecency,
    int maxRecency,
    int minFrequency,
    int maxFrequency,
    int minMonetary,
    int maxMonetary) {

  /** Checks that the label is not blank and every range lies within 1–5. */
  public RfmRule {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("an RFM rule needs a label");
    }
    range(minRecency, maxRecency, "recency", label);
    range(minFrequency, maxFrequency, "frequency", label);
    range(minMonetary, maxMonetary, "monetary", label);
  }

  private static void range(int min, int max, String what, String label) {
    if (min < 1 || max > 5 || min > max) {
      throw new IllegalArgumentException(
          "rule '"
              + label
              + "': "
              + what
              + " range must satisfy 1 <= min <= max <= 5, got "
              + min
              + ".."
              + max);
    }
  }

  /**
   * Whether scores fall in every range.
   *
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @return true when the rule applies
   */
  public boolean matches(int r, int f, int m) {
    return r >= minRecency
        && r <= maxRecency
        && f >= minFrequency
        && f <= maxFrequency
        && m >= minMonetary
        && m <= maxMonetary;
  }
}

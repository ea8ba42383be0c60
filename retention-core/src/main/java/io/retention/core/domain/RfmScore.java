package io.retention.core.domain;

/**
 * Recency, frequency and monetary scores, each from 1 (worst) to 5 (best), with a readable label
 * such as "Champions".
 *
 * @param recency the recency score, 5 for the most recently active
 * @param frequency the frequency score, 5 for the most frequent users
 * @param monetary the monetary score, 5 for the biggest spenders
 * @param label the segment label given by the RFM rules
 */
public record RfmScore(int recency, int frequency, int monetary, String label) {

  /** Checks that scores lie in 1–5. */
  public RfmScore {
    check(recency, "recency");
    check(frequency, "frequency");
    check(monetary, "monetary");
    Checks.notBlank(label, "RFM label");
  }

  private static void check(int score, String name) {
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException(name + " score must lie in 1..5, got " + score);
    }
  }

  /**
   * The sum of the three scores.
   *
   * @return a total from 3 to 15
   */
  public int total() {
    return recency + frequency + monetary;
  }

  /**
   * The three digits, recency first, such as "545".
   *
   * @return the code
   */
  public String code() {
    return "" + recency + frequency + monetary;
  }
}

package io.retention.core.segmentation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The words segment names are made of and the margins of the naming rule of {@link SegmentNamer}.
 *
 * <p>Each word is a claim about the segment against the whole population: {@code loyal} (churn rate
 * at or below the population's), {@code atRisk} (churn rate above it, or without labels activity
 * below it), {@code highValue} and {@code lowSpend} (mean spend above or below the population's
 * mean), {@code engaged} and {@code lowEngagement} (activity above or below the population's).
 * {@code customers} stands in the place of the value word when spend says nothing.
 *
 * <p>The margins are relative differences: a segment whose mean spend lies within {@code
 * valueMargin} of the population's (for example ±5%) gets no value word, and so on for activity and
 * churn rate, so that no word rests on a difference too small to mean anything.
 *
 * @param loyal the word for a churn rate at or below the population's
 * @param atRisk the word for a churn rate above the population's (or, without labels, low activity)
 * @param highValue the word for mean spend above the population's
 * @param lowSpend the word for mean spend below the population's
 * @param engaged the word for activity above the population's
 * @param lowEngagement the word for activity below the population's
 * @param customers the noun that ends a name without a value word
 * @param valueMargin how far, relative to the population's mean spend, a segment's mean spend must
 *     lie above or below it to earn a value word, in [0, 1)
 * @param activityMargin how far a segment's activity (the mean relative difference of its
 *     engagement and recency features) must lie from 0 to earn an engagement word, in [0, 1)
 * @param churnMargin how far, relative to the population's churn rate, a segment's churn rate must
 *     lie above it to be at risk, or below it to be loyal, in [0, 1)
 */
public record SegmentNamingConfig(
    String loyal,
    String atRisk,
    String highValue,
    String lowSpend,
    String engaged,
    String lowEngagement,
    String customers,
    double valueMargin,
    double activityMargin,
    double churnMargin) {

  /** The margin of every axis by default: a 5% relative difference. */
  public static final double DEFAULT_MARGIN = 0.05;

  /**
   * The usual words (Loyal, At-Risk, High-Value, Low-Spend, Engaged, Low-Engagement, Customers),
   * every margin at {@link #DEFAULT_MARGIN}.
   */
  public static final SegmentNamingConfig DEFAULTS =
      new SegmentNamingConfig(
          "Loyal",
          "At-Risk",
          "High-Value",
          "Low-Spend",
          "Engaged",
          "Low-Engagement",
          "Customers",
          DEFAULT_MARGIN,
          DEFAULT_MARGIN,
          DEFAULT_MARGIN);

  /**
   * Checks that the words are distinct, not blank and free of commas (a comma opens a name's
   * qualifier), and that the margins lie in [0, 1).
   */
  public SegmentNamingConfig {
    List<String> words =
        List.of(
            Objects.requireNonNull(loyal, "loyal"),
            Objects.requireNonNull(atRisk, "atRisk"),
            Objects.requireNonNull(highValue, "highValue"),
            Objects.requireNonNull(lowSpend, "lowSpend"),
            Objects.requireNonNull(engaged, "engaged"),
            Objects.requireNonNull(lowEngagement, "lowEngagement"),
            Objects.requireNonNull(customers, "customers"));
    if (words.stream().anyMatch(w -> w.isBlank() || w.contains(","))
        || new HashSet<>(words).size() != words.size()) {
      throw new IllegalArgumentException(
          "segment name words must be distinct, not blank and without commas: " + words);
    }
    checkMargin("valueMargin", valueMargin);
    checkMargin("activityMargin", activityMargin);
    checkMargin("churnMargin", churnMargin);
  }

  /**
   * The words, in the order of the record's components.
   *
   * @return the seven words
   */
  public List<String> words() {
    return List.of(loyal, atRisk, highValue, lowSpend, engaged, lowEngagement, customers);
  }

  private static void checkMargin(String name, double margin) {
    if (!(margin >= 0.0 && margin < 1.0)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1), got " + margin);
    }
  }
}

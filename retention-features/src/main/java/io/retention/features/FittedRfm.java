package io.retention.features;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.InputAttribute;
import io.retention.core.domain.RfmScore;
import io.retention.core.port.out.FittedFeatures;
import java.util.Arrays;
import java.util.List;

/**
 * Fitted RFM scoring: the cut points learned from training customers and the labelling rules.
 * Scores any customer, as features or as an {@link RfmScore}. Immutable and thread-safe.
 */
public final class FittedRfm implements FittedFeatures {
  private static final double[] CUTS = {0.2, 0.4, 0.6, 0.8};
  private static final FeatureSchema SCHEMA =
      FeatureSchema.of("rfm_recency", "rfm_frequency", "rfm_monetary", "rfm_total");

  private final NumericColumn recency;
  private final NumericColumn frequency;
  private final NumericColumn monetary;
  private final double[] recencyCuts;
  private final double[] frequencyCuts;
  private final double[] monetaryCuts;
  private final RfmConfig config;

  FittedRfm(
      NumericColumn recency, NumericColumn frequency, NumericColumn monetary, RfmConfig config) {
    this.recency = recency;
    this.frequency = frequency;
    this.monetary = monetary;
    this.recencyCuts = cuts(recency);
    this.frequencyCuts = cuts(frequency);
    this.monetaryCuts = cuts(monetary);
    this.config = config;
  }

  /** The columns in codec order: recency, frequency, monetary. */
  List<NumericColumn> columns() {
    return List.of(recency, frequency, monetary);
  }

  RfmConfig config() {
    return config;
  }

  private static double[] cuts(NumericColumn column) {
    return Arrays.stream(CUTS).map(p -> column.quantiles().at(p)).toArray();
  }

  private static int below(double[] cuts, double v) {
    int count = 0;
    for (double cut : cuts) {
      if (cut < v) {
        count++;
      }
    }
    return count;
  }

  /**
   * A customer's RFM scores and label.
   *
   * @param customer the customer
   * @return the scores
   */
  public RfmScore score(Customer customer) {
    int r = 5 - below(recencyCuts, recency.valueOf(customer, config.missingNumbers()));
    int f = 1 + below(frequencyCuts, frequency.valueOf(customer, config.missingNumbers()));
    int m = 1 + below(monetaryCuts, monetary.valueOf(customer, config.missingNumbers()));
    return new RfmScore(r, f, m, config.labelOf(r, f, m));
  }

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public FeatureVector transform(Customer customer) {
    RfmScore s = score(customer);
    return FeatureVector.of(SCHEMA, s.recency(), s.frequency(), s.monetary(), s.total());
  }

  @Override
  public List<InputAttribute> inputs() {
    return columns().stream().map(NumericColumn::input).toList();
  }

  @Override
  public List<FeatureDescription> describe() {
    String rule = "cut points at the 20/40/60/80th training percentiles: ";
    return List.of(
        new FeatureDescription(
            "rfm_recency",
            List.of(recency.attribute()),
            "5 minus the number of cut points below " + recency.attribute() + " (lower is better)",
            rule + Arrays.toString(recencyCuts)),
        new FeatureDescription(
            "rfm_frequency",
            List.of(frequency.attribute()),
            "1 plus the number of cut points below " + frequency.attribute(),
            rule + Arrays.toString(frequencyCuts)),
        new FeatureDescription(
            "rfm_monetary",
            List.of(monetary.attribute()),
            "1 plus the number of cut points below " + monetary.attribute(),
            rule + Arrays.toString(monetaryCuts)),
        new FeatureDescription(
            "rfm_total",
            List.of(recency.attribute(), frequency.attribute(), monetary.attribute()),
            "rfm_recency + rfm_frequency + rfm_monetary",
            ""));
  }

  @Override
  public List<String> fitNotes() {
    return List.of();
  }
}

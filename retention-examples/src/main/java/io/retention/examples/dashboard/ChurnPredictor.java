package io.retention.examples.dashboard;

import io.retention.core.domain.Customer;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.RiskBucket;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.explain.AttributeContribution;
import io.retention.core.explain.AttributeGrouping;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.CustomerReasons;
import io.retention.core.explain.Reason;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.training.CalibratedChurnModel;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scores and explains one customer with a run's model bundle: the bundle's fitted features, the
 * model's probability, the risk bucket, and a SHAP explanation grouped by customer attribute with
 * readable reasons. A calibrated model is explained through its raw score (the calibration is a
 * monotone map on top of it), which the waterfall says.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ChurnPredictor {
  /** How many reasons a prediction lists. */
  public static final int REASONS = 5;

  private final ChurnModelBundle bundle;
  private final RiskThresholds thresholds;
  private final BatchChurnExplainer explainer;
  private final AttributeGrouping grouping;
  private final CustomerReasons reasons;
  private final boolean calibrated;

  /**
   * Prepares scoring and explanation.
   *
   * @param bundle the run's model bundle
   * @param background reference customers for the explainer (a sample of the run's customers)
   * @param thresholds where risk buckets start
   * @param explainers the explainers of the library's models
   */
  public ChurnPredictor(
      ChurnModelBundle bundle,
      List<Customer> background,
      RiskThresholds thresholds,
      ExplainerFactory explainers) {
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    if (background.isEmpty()) {
      throw new IllegalArgumentException("the explainer needs at least one background customer");
    }
    calibrated = bundle.model() instanceof CalibratedChurnModel;
    explainer =
        explainers
            .forModel(bundle.model(), bundle.features().transformAll(background))
            .orElse(null);
    if (explainer != null) {
      grouping = AttributeGrouping.of(bundle.features().schema(), bundle.features().describe());
      reasons = new CustomerReasons(grouping);
    } else {
      grouping = null;
      reasons = null;
    }
  }

  /**
   * Whether predictions come with an explanation.
   *
   * @return false when the library's explainers do not know the model
   */
  public boolean explains() {
    return explainer != null;
  }

  /**
   * Scores and explains a customer.
   *
   * @param customer the customer
   * @param segment its segment's name
   * @param rfm its RFM entry
   * @return the prediction
   */
  public Prediction predict(Customer customer, String segment, RfmEntry rfm) {
    FeatureVector x = bundle.features().transform(customer);
    double p = bundle.model().probability(x);
    RiskBucket risk = thresholds.bucketOf(p);
    if (explainer == null) {
      Prediction.Waterfall none =
          new Prediction.Waterfall(
              Prediction.Waterfall.NOT_EXPLAINED, "", p, p, calibrated, List.of());
      return new Prediction(customer.id().value(), p, risk.name(), segment, rfm, none, List.of());
    }
    Explanation e = explainer.explain(x);
    List<Prediction.Step> steps =
        grouping.group(e).stream()
            .sorted(
                Comparator.comparingDouble((AttributeContribution a) -> -Math.abs(a.contribution()))
                    .thenComparing(AttributeContribution::attribute))
            .map(a -> new Prediction.Step(a.attribute(), a.value(), a.contribution()))
            .toList();
    Prediction.Waterfall waterfall =
        new Prediction.Waterfall(
            e.space().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            e.space().unit(),
            e.baseValue(),
            e.prediction(),
            calibrated,
            steps);
    List<String> phrases = reasons.top(e, REASONS).stream().map(Reason::phrase).toList();
    return new Prediction(customer.id().value(), p, risk.name(), segment, rfm, waterfall, phrases);
  }

  /**
   * The model's description, for the page.
   *
   * @return the description
   */
  public String modelDescription() {
    return bundle.model().description();
  }
}

package io.retention.examples.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * A churn prediction for one customer, with its explanation as a waterfall.
 *
 * @param customerId the customer ("form" for one typed into the form)
 * @param probability the churn probability the model gives
 * @param risk the risk bucket of that probability
 * @param segment the customer's segment (from the run's plan, or the nearest segment profile)
 * @param rfm the customer's RFM scores and label
 * @param explanation the SHAP waterfall (space {@link Waterfall#NOT_EXPLAINED} and no steps when
 *     the model cannot be explained)
 * @param reasons the strongest reasons, in words, strongest first
 */
public record Prediction(
    String customerId,
    double probability,
    String risk,
    String segment,
    RfmEntry rfm,
    Waterfall explanation,
    List<String> reasons) {
  /** Checks the texts and copies the list. */
  public Prediction {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(rfm, "rfm");
    Objects.requireNonNull(explanation, "explanation");
    reasons = List.copyOf(reasons);
  }

  /**
   * A SHAP explanation grouped by customer attribute: starting from the base value, each step adds
   * one attribute's contribution, and the steps end at the prediction.
   *
   * @param space "probability", "log-odds" or {@link #NOT_EXPLAINED}
   * @param unit the unit of the contributions, in words
   * @param baseValue the average prediction over the background customers
   * @param prediction the explained prediction, in the same space
   * @param calibrated whether the probability above was calibrated after the explained score
   * @param steps one step per attribute, largest absolute contribution first
   */
  public record Waterfall(
      String space,
      String unit,
      double baseValue,
      double prediction,
      boolean calibrated,
      List<Step> steps) {
    /** The space of a prediction whose model cannot be explained. */
    public static final String NOT_EXPLAINED = "none";

    /** Copies the steps. */
    public Waterfall {
      Objects.requireNonNull(space, "space");
      Objects.requireNonNull(unit, "unit");
      steps = List.copyOf(steps);
    }
  }

  /**
   * One attribute's step of the waterfall.
   *
   * @param attribute the customer attribute
   * @param value the customer's value of it, in words
   * @param contribution how far it moves the prediction
   */
  public record Step(String attribute, String value, double contribution) {
    /** Checks the texts. */
    public Step {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(value, "value");
    }
  }
}

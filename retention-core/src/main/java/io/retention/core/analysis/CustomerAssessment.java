package io.retention.core.analysis;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.InputReport;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.Segment;
import io.retention.core.strategy.BehaviourFlag;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One customer placed by a saved {@link io.retention.core.port.out.RetentionModel}: the churn
 * score, the RFM score, the behavioural flags, engagement, the segment and the retention plan.
 *
 * @param score the churn probability
 * @param rfm the RFM score, empty when the layout has no RFM attributes
 * @param flags the behavioural flags raised
 * @param engagement the engagement z-score
 * @param segment the segment
 * @param plan the retention plan
 * @param inputs how the customer's attributes matched the model's inputs (what a lenient assessment
 *     imputed or ignored)
 */
public record CustomerAssessment(
    ChurnScore score,
    Optional<RfmScore> rfm,
    Set<BehaviourFlag> flags,
    double engagement,
    Segment segment,
    RetentionPlan plan,
    InputReport inputs) {

  /** Checks that the parts are present and copies the flags. */
  public CustomerAssessment {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(rfm, "rfm");
    flags = Set.copyOf(flags);
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(inputs, "inputs");
  }

  /**
   * The RFM label, as plans show it.
   *
   * @return the label, or {@link RetentionPlan#UNKNOWN} without RFM
   */
  public String rfmLabel() {
    return rfm.map(RfmScore::label).orElse(RetentionPlan.UNKNOWN);
  }
}

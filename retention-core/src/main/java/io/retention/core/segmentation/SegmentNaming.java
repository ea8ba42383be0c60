package io.retention.core.segmentation;

import io.retention.core.domain.Segment;
import java.util.Objects;

/**
 * A segment's name and the rule that gave it, in words a reader can check against the profile.
 *
 * @param segment the named segment
 * @param rule why it has this name, for example {@code "High-Value: MonthlyCharges 81.2 vs 64.8
 *     overall (+25%); At-Risk: churn 49.2% vs 26.5% overall"}; not blank
 */
public record SegmentNaming(Segment segment, String rule) {

  /** Checks that both parts are present and the rule says something. */
  public SegmentNaming {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(rule, "rule");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("the naming rule of " + segment + " is blank");
    }
  }
}

package io.retention.core.explain;

import io.retention.core.domain.Explanation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A customer's top reasons: the attributes whose summed contributions move the prediction most, as
 * structured {@link Reason}s that also read as a short phrase. Contributions are in the
 * explanation's space (probability for forests, log-odds for logistic models) and the phrase says
 * which.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class CustomerReasons {
  private final AttributeGrouping grouping;

  /**
   * Creates reasons over a grouping of features into attributes.
   *
   * @param grouping how features sum into attributes ({@link AttributeGrouping#identity} for none)
   */
  public CustomerReasons(AttributeGrouping grouping) {
    this.grouping = Objects.requireNonNull(grouping, "grouping");
  }

  /**
   * The top reasons of one explanation.
   *
   * @param explanation the explanation
   * @param k how many reasons at most
   * @return at most {@code k} reasons with a non-zero contribution, largest absolute contribution
   *     first, ties by attribute name
   */
  public List<Reason> top(Explanation explanation, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    return grouping.group(explanation).stream()
        .filter(a -> a.contribution() != 0.0)
        .sorted(
            Comparator.comparingDouble((AttributeContribution a) -> -Math.abs(a.contribution()))
                .thenComparing(AttributeContribution::attribute))
        .limit(k)
        .map(a -> new Reason(a.attribute(), a.value(), a.contribution(), explanation.space()))
        .toList();
  }
}

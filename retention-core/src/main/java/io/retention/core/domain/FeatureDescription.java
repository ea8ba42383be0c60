package io.retention.core.domain;

import java.util.List;

/**
 * One line of a fitted feature pipeline's report: what a feature is and what was learned for it.
 *
 * @param name the feature name
 * @param sources the customer attributes it is computed from
 * @param formula how it is computed, in words or symbols
 * @param fitted the statistics learned in fit (medians, levels, cut points), or an empty string
 */
public record FeatureDescription(String name, List<String> sources, String formula, String fitted) {

  /** Checks the fields. */
  public FeatureDescription {
    Checks.notBlank(name, "feature name");
    sources = List.copyOf(sources);
    Checks.notBlank(formula, "formula");
    java.util.Objects.requireNonNull(fitted, "fitted");
  }
}

package io.retention.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one customer's attributes matched what a model was fitted on.
 *
 * @param imputed attributes the customer lacks that training also saw missing: imputed as in
 *     training
 * @param missing attributes every training customer had that this one lacks: imputed, but the model
 *     never learned how such a customer looks
 * @param unknown attributes the customer has that the model does not read: ignored
 * @param wrongKind attributes given as a number where a category was fitted, or the reverse:
 *     ignored, so treated as missing
 * @param unseenLevels category values the model never learned, by attribute: encoded as "other"
 */
public record InputReport(
    List<String> imputed,
    List<String> missing,
    List<String> unknown,
    List<String> wrongKind,
    Map<String, String> unseenLevels) {
  /** Nothing to report. */
  public static final InputReport CLEAN =
      new InputReport(List.of(), List.of(), List.of(), List.of(), Map.of());

  /** Copies the parts. */
  public InputReport {
    imputed = List.copyOf(imputed);
    missing = List.copyOf(missing);
    unknown = List.copyOf(unknown);
    wrongKind = List.copyOf(wrongKind);
    unseenLevels = Map.copyOf(unseenLevels);
  }

  /**
   * Whether the strict policy refuses the customer.
   *
   * @return true when an attribute is missing, unknown, of the wrong kind or of an unseen level
   */
  public boolean refusedWhenStrict() {
    return !missing.isEmpty()
        || !unknown.isEmpty()
        || !wrongKind.isEmpty()
        || !unseenLevels.isEmpty();
  }

  /**
   * The report in words, for people.
   *
   * @return the findings separated by "; ", or "every attribute as fitted"
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("missing required attributes " + missing);
    }
    if (!wrongKind.isEmpty()) {
      parts.add("attributes of the wrong kind " + wrongKind);
    }
    if (!unseenLevels.isEmpty()) {
      parts.add("category levels the model never learned " + new java.util.TreeMap<>(unseenLevels));
    }
    if (!unknown.isEmpty()) {
      parts.add("attributes the model does not read " + unknown);
    }
    if (!imputed.isEmpty()) {
      parts.add("imputed as in training " + imputed);
    }
    return parts.isEmpty() ? "every attribute as fitted" : String.join("; ", parts);
  }
}

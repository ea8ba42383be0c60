package io.retention.core.application;

import io.retention.core.port.out.ChurnModelBundle;
import java.util.Objects;

/**
 * The outcome of {@link SelectChurnModel}: the chosen model refitted on all training customers, and
 * the report of how it was chosen.
 *
 * @param bundle the refitted (and calibrated) model with its features; its metadata holds the
 *     report as JSON under {@link SelectChurnModel#REPORT_KEY}
 * @param report the cross-validation report
 */
public record ModelSelection(ChurnModelBundle bundle, ModelSelectionReport report) {
  /** Checks the fields. */
  public ModelSelection {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(report, "report");
  }
}

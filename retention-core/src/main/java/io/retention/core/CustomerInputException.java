package io.retention.core;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.InputReport;
import java.util.Objects;

/**
 * A customer that strict scoring refuses because its attributes do not match what the model was
 * fitted on; the message and {@link #report} name the attributes.
 */
public class CustomerInputException extends RetentionException {
  private static final long serialVersionUID = 1L;

  private final transient InputReport report;

  /**
   * Creates the exception.
   *
   * @param customer the customer
   * @param report what did not match
   */
  public CustomerInputException(CustomerId customer, InputReport report) {
    super(
        "customer "
            + customer
            + " does not match the model's inputs: "
            + report.describe()
            + " (score leniently to impute and ignore instead)");
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * What did not match.
   *
   * @return the report
   */
  public InputReport report() {
    return report;
  }
}

package io.retention.core.port.out;

import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.RetentionPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the results of an analysis run go: a results folder, a database, a host's memory. Each
 * result is stored whole or not at all; per-customer results that can be large arrive through a
 * {@link ResultWriter}, the others as one call. The run calls each method at most once, in the
 * order of its stages, and {@link #summary} last.
 */
public interface AnalysisSink {

  /**
   * Keeps a copy of the customers the run read, when the sink keeps its inputs (a results folder
   * that must be complete on its own); the default ignores them.
   *
   * @param customers the customers, read again from their first
   * @param withLabels whether every customer has a churn label, so the copy keeps the labels
   */
  default void customers(CustomerSource customers, boolean withLabels) {}

  /**
   * Opens the per-customer RFM result.
   *
   * @return a writer of one row per customer
   */
  ResultWriter<CustomerRfm> rfm();

  /**
   * Opens the per-customer segment result.
   *
   * @return a writer of one row per customer
   */
  ResultWriter<CustomerSegment> segments();

  /**
   * Stores the churn scores.
   *
   * @param ranked every customer's score, highest risk first
   */
  void scores(List<ChurnScore> ranked);

  /**
   * Stores what the run learned: the churn model it chose and fitted, with the fitted signals and
   * segmentation, so that a customer placed later gets the same probability, RFM label, flags,
   * engagement and segment as in the run.
   *
   * @param model the run's model
   */
  void model(RetentionModel model);

  /**
   * Stores the explanations of the explained customers.
   *
   * @param explanations SHAP explanations by customer, in the order explained
   */
  void explanations(Map<CustomerId, Explanation> explanations);

  /**
   * Opens the recommendations result.
   *
   * @return a writer of one entry per customer, in customer order
   */
  ResultWriter<CustomerRecommendations> recommendations();

  /**
   * Stores the retention plan.
   *
   * @param ranked every planned customer, highest priority first
   */
  void plans(List<RetentionPlan> ranked);

  /**
   * Stores the run summary; called last.
   *
   * @param summary the summary
   */
  void summary(RunSummary summary);

  /**
   * The run has given every result: a sink that stages its results puts them in place now. The
   * analysis calls it last, after {@link #summary} for a whole run and after the last result of a
   * plan or a scoring run; not called when the run fails. The default does nothing.
   */
  default void finish() {}

  /**
   * Where a stored result can be found, as the summary lists it (a file name, a table name).
   *
   * @param kind the result
   * @return its location, or empty when this sink gives none
   */
  default Optional<String> location(ResultKind kind) {
    return Optional.empty();
  }
}

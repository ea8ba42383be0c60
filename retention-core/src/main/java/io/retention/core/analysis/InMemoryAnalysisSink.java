package io.retention.core.analysis;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.ResultWriter;
import io.retention.core.port.out.RetentionModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a run's results in memory, for tests and for hosts that use the results directly. Each
 * result reads as empty until the run stores it (a writer's rows appear on commit). Meant for one
 * run at a time; the accessors return immutable copies.
 */
public final class InMemoryAnalysisSink implements AnalysisSink {
  private List<CustomerRfm> rfm = List.of();
  private List<CustomerSegment> segments = List.of();
  private List<ChurnScore> scores = List.of();
  private RetentionModel model;
  private Map<CustomerId, Explanation> explanations = Map.of();
  private List<CustomerRecommendations> recommendations = List.of();
  private List<RetentionPlan> plans = List.of();
  private RunSummary summary;

  /** Creates an empty sink. */
  public InMemoryAnalysisSink() {}

  @Override
  public synchronized ResultWriter<CustomerRfm> rfm() {
    return new Rows<>(rows -> this.rfm = rows);
  }

  @Override
  public synchronized ResultWriter<CustomerSegment> segments() {
    return new Rows<>(rows -> this.segments = rows);
  }

  @Override
  public synchronized void scores(List<ChurnScore> ranked) {
    this.scores = List.copyOf(ranked);
  }

  @Override
  public synchronized void model(RetentionModel model) {
    this.model = model;
  }

  @Override
  public synchronized void explanations(Map<CustomerId, Explanation> byCustomer) {
    this.explanations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCustomer));
  }

  @Override
  public synchronized ResultWriter<CustomerRecommendations> recommendations() {
    return new Rows<>(rows -> this.recommendations = rows);
  }

  @Override
  public synchronized void plans(List<RetentionPlan> ranked) {
    this.plans = List.copyOf(ranked);
  }

  @Override
  public synchronized void summary(RunSummary runSummary) {
    this.summary = runSummary;
  }

  /**
   * The RFM rows, in customer order.
   *
   * @return the rows
   */
  public synchronized List<CustomerRfm> rfmRows() {
    return rfm;
  }

  /**
   * The segment of every customer, in customer order.
   *
   * @return the rows
   */
  public synchronized List<CustomerSegment> segmentRows() {
    return segments;
  }

  /**
   * The scores, highest risk first.
   *
   * @return the scores
   */
  public synchronized List<ChurnScore> scores() {
    return scores;
  }

  /**
   * The model the run stored.
   *
   * @return the churn model, signals and segmentation, or empty before the scoring stage
   */
  public synchronized Optional<RetentionModel> model() {
    return Optional.ofNullable(model);
  }

  /**
   * The explanations, in the order explained.
   *
   * @return explanations by customer
   */
  public synchronized Map<CustomerId, Explanation> explanations() {
    return explanations;
  }

  /**
   * The recommendations, in customer order.
   *
   * @return one entry per customer
   */
  public synchronized List<CustomerRecommendations> recommendationRows() {
    return recommendations;
  }

  /**
   * The plans, highest priority first.
   *
   * @return the plans
   */
  public synchronized List<RetentionPlan> plans() {
    return plans;
  }

  /**
   * The run summary.
   *
   * @return the summary, or empty before the run ended
   */
  public synchronized Optional<RunSummary> summary() {
    return Optional.ofNullable(summary);
  }

  /** Collects rows and hands them over on commit. */
  private final class Rows<T> implements ResultWriter<T> {
    private final java.util.function.Consumer<List<T>> target;
    private final List<T> rows = new ArrayList<>();

    Rows(java.util.function.Consumer<List<T>> target) {
      this.target = target;
    }

    @Override
    public void write(T row) {
      rows.add(java.util.Objects.requireNonNull(row, "row"));
    }

    @Override
    public void commit() {
      synchronized (InMemoryAnalysisSink.this) {
        target.accept(List.copyOf(rows));
      }
    }

    @Override
    public void close() {
      rows.clear();
    }
  }
}

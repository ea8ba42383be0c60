package io.retention.core.analysis;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ResultKind;
import io.retention.core.port.out.ResultWriter;
import io.retention.core.port.out.RetentionModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sink that passes the chosen kinds of result on to another sink and drops the others, for a host
 * or a command that wants, say, the plans of a run but not its copies of the customers. The summary
 * is passed on when asked for. As thread-safe as the sink it wraps.
 */
public final class SelectedResults implements AnalysisSink {
  private final AnalysisSink target;
  private final Set<ResultKind> kept;
  private final boolean summary;

  private SelectedResults(AnalysisSink target, Set<ResultKind> kept, boolean summary) {
    this.target = Objects.requireNonNull(target, "target");
    this.kept = kept.isEmpty() ? EnumSet.noneOf(ResultKind.class) : EnumSet.copyOf(kept);
    this.summary = summary;
  }

  /**
   * A sink that keeps only some kinds of result, and not the summary.
   *
   * @param target where the kept results go
   * @param kept the kinds passed on
   * @return the sink
   */
  public static SelectedResults only(AnalysisSink target, Set<ResultKind> kept) {
    return new SelectedResults(target, kept, false);
  }

  /**
   * A copy that passes the summary on too.
   *
   * @return the sink
   */
  public SelectedResults withSummary() {
    return new SelectedResults(target, kept, true);
  }

  private boolean keeps(ResultKind kind) {
    return kept.contains(kind);
  }

  private static <T> ResultWriter<T> dropped() {
    return new ResultWriter<>() {
      @Override
      public void write(T row) {
        Objects.requireNonNull(row, "row");
      }

      @Override
      public void commit() {
        // nothing kept, nothing to make visible
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }

  @Override
  public void finish() {
    target.finish();
  }

  @Override
  public void customers(CustomerSource customers, boolean withLabels) {
    if (keeps(ResultKind.CUSTOMERS) || keeps(ResultKind.CUSTOMER_MAPPING)) {
      target.customers(customers, withLabels);
    }
  }

  @Override
  public ResultWriter<CustomerRfm> rfm() {
    return keeps(ResultKind.RFM) ? target.rfm() : dropped();
  }

  @Override
  public ResultWriter<CustomerSegment> segments() {
    return keeps(ResultKind.SEGMENTS) ? target.segments() : dropped();
  }

  @Override
  public void scores(List<ChurnScore> ranked) {
    if (keeps(ResultKind.SCORES)) {
      target.scores(ranked);
    }
  }

  @Override
  public void model(RetentionModel model) {
    if (keeps(ResultKind.MODEL)) {
      target.model(model);
    }
  }

  @Override
  public void explanations(Map<CustomerId, Explanation> explanations) {
    if (keeps(ResultKind.EXPLANATIONS)) {
      target.explanations(explanations);
    }
  }

  @Override
  public ResultWriter<CustomerRecommendations> recommendations() {
    return keeps(ResultKind.RECOMMENDATIONS) ? target.recommendations() : dropped();
  }

  @Override
  public void plans(List<RetentionPlan> ranked) {
    if (keeps(ResultKind.PLANS)) {
      target.plans(ranked);
    }
  }

  @Override
  public void summary(RunSummary runSummary) {
    if (summary) {
      target.summary(runSummary);
    }
  }

  @Override
  public Optional<String> location(ResultKind kind) {
    return keeps(kind) ? target.location(kind) : Optional.empty();
  }
}

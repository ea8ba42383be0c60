package io.retention.adapters.csv;

import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.PlanSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes retention plans, one row per customer in the order given (ranked), with the columns {@link
 * #HEADER}. Lists (the drivers that fired the rule, the top drivers, the recommended titles) share
 * one cell each, one item per line ({@link #LIST_SEPARATOR}), which RFC 4180 quoting keeps in the
 * cell; an item that itself contains a line break would read back as two. The file is replaced
 * atomically.
 */
public final class CsvPlanSink implements PlanSink {
  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "customer_id",
          "churn_probability",
          "risk",
          "clv",
          "expected_loss",
          "priority",
          "segment",
          "rfm_label",
          "action_code",
          "action_description",
          "action_cost",
          "action_save_rate",
          "rule",
          "rule_drivers",
          "top_drivers",
          "recommended_titles");

  /** Separates the items of a list inside one cell (drivers, titles). */
  public static final String LIST_SEPARATOR = "\n";

  private final Path file;

  /**
   * Creates a sink.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvPlanSink(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  @Override
  public void write(List<RetentionPlan> plans) {
    TableWriter.write(
        file,
        HEADER,
        out -> {
          for (RetentionPlan p : plans) {
            out.row(
                p.customer().value(),
                TableWriter.number(p.churnProbability()),
                p.risk().name(),
                TableWriter.number(p.clv()),
                TableWriter.number(p.expectedLoss()),
                TableWriter.number(p.priority()),
                p.segment(),
                p.rfmLabel(),
                p.action().code(),
                p.action().description(),
                TableWriter.number(p.action().cost()),
                TableWriter.number(p.action().saveRate()),
                p.rule(),
                String.join(LIST_SEPARATOR, p.ruleDrivers()),
                String.join(LIST_SEPARATOR, p.topDrivers()),
                String.join(LIST_SEPARATOR, p.recommendedTitles()));
          }
        });
  }
}

package io.retention.adapters.csv;

import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.PlanSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes retention plans, one row per customer in the order given (ranked), with the columns {@link
 * #HEADER}. The reasons share one cell, one reason per line ({@link #REASON_SEPARATOR}), which RFC
 * 4180 quoting keeps in the cell. The file is replaced atomically.
 */
public final class CsvPlanSink implements PlanSink {
  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "customer_id",
          "churn_probability",
          "risk",
          "priority",
          "action_code",
          "action_description",
          "action_cost",
          "rule",
          "reasons");

  /** Separates the reasons inside the {@code reasons} cell. */
  public static final String REASON_SEPARATOR = "\n";

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
                TableWriter.number(p.priority()),
                p.action().code(),
                p.action().description(),
                TableWriter.number(p.action().cost()),
                p.rule(),
                String.join(REASON_SEPARATOR, p.reasons()));
          }
        });
  }
}

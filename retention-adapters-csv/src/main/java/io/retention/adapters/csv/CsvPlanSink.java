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
  /** The customer id column. */
  public static final String CUSTOMER_ID = "customer_id";

  /** The churn probability column. */
  public static final String CHURN_PROBABILITY = "churn_probability";

  /** The risk column. */
  public static final String RISK = "risk";

  /** The clv column. */
  public static final String CLV = "clv";

  /** The expected loss column. */
  public static final String EXPECTED_LOSS = "expected_loss";

  /** The priority column. */
  public static final String PRIORITY = "priority";

  /** The segment column. */
  public static final String SEGMENT = "segment";

  /** The rfm label column. */
  public static final String RFM_LABEL = "rfm_label";

  /** The action code column. */
  public static final String ACTION_CODE = "action_code";

  /** The action description column. */
  public static final String ACTION_DESCRIPTION = "action_description";

  /** The action cost column. */
  public static final String ACTION_COST = "action_cost";

  /** The action save rate column. */
  public static final String ACTION_SAVE_RATE = "action_save_rate";

  /** The rule column. */
  public static final String RULE = "rule";

  /** The rule drivers column. */
  public static final String RULE_DRIVERS = "rule_drivers";

  /** The top drivers column. */
  public static final String TOP_DRIVERS = "top_drivers";

  /** The recommended titles column. */
  public static final String RECOMMENDED_TITLES = "recommended_titles";

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          CUSTOMER_ID,
          CHURN_PROBABILITY,
          RISK,
          CLV,
          EXPECTED_LOSS,
          PRIORITY,
          SEGMENT,
          RFM_LABEL,
          ACTION_CODE,
          ACTION_DESCRIPTION,
          ACTION_COST,
          ACTION_SAVE_RATE,
          RULE,
          RULE_DRIVERS,
          TOP_DRIVERS,
          RECOMMENDED_TITLES);

  /** Separates the items of a list inside one cell (drivers, titles). */
  public static final String LIST_SEPARATOR = "\n";

  private final Path file;
  private final CellEscaping cells;

  /**
   * Creates a sink.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvPlanSink(Path file) {
    this(file, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Creates the writer with a choice of cell escaping.
   *
   * @param file the file to write
   * @param cells how text cells are written ({@link CellEscaping#RAW} for raw values)
   */
  public CsvPlanSink(Path file, CellEscaping cells) {
    this.file = Objects.requireNonNull(file, "file");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  @Override
  public void write(List<RetentionPlan> plans) {
    TableWriter.write(
        file,
        HEADER,
        cells,
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

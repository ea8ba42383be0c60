package io.retention.adapters.csv;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes churn explanations, one row per customer and driver, with the columns {@link #HEADER}: the
 * customer, the feature, its value and its contribution, then the explanation's base value and
 * prediction and the scale they are on (repeated on each of the customer's rows, so that the file
 * alone rebuilds every explanation: {@link ResultReader#explanations}). Customers are written in id
 * order, each customer's contributions in the explanation's order; a customer whose explanation has
 * no contributions has no row. The file is replaced atomically.
 */
public final class CsvExplanationWriter {
  /** The customer id column. */
  public static final String CUSTOMER_ID = "customer_id";

  /** The feature (or source attribute) column. */
  public static final String FEATURE = "feature";

  /** The customer's value of the feature. */
  public static final String VALUE = "value";

  /** The feature's contribution column. */
  public static final String CONTRIBUTION = "contribution";

  /** The base value column, repeated on each of a customer's rows. */
  public static final String BASE_VALUE = "base_value";

  /** The prediction column, repeated on each of a customer's rows. */
  public static final String PREDICTION = "prediction";

  /**
   * The scale of the base value, contributions and prediction ({@link #spaceName}), repeated on
   * each of a customer's rows.
   */
  public static final String SPACE = "space";

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(CUSTOMER_ID, FEATURE, VALUE, CONTRIBUTION, BASE_VALUE, PREDICTION, SPACE);

  private final Path file;
  private final CellEscaping cells;

  /**
   * Creates a writer.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvExplanationWriter(Path file) {
    this(file, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Creates the writer with a choice of cell escaping.
   *
   * @param file the file to write
   * @param cells how text cells are written ({@link CellEscaping#RAW} for raw values)
   */
  public CsvExplanationWriter(Path file, CellEscaping cells) {
    this.file = Objects.requireNonNull(file, "file");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  /**
   * How a scale is written in the {@link #SPACE} column: the constant's name in lower case ({@code
   * probability}, {@code log_odds}).
   *
   * @param space the scale
   * @return its text
   */
  public static String spaceName(ExplanationSpace space) {
    return space.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the explanations.
   *
   * @param explanations each customer's explanation
   * @throws io.retention.core.RetentionException if the file cannot be written
   */
  public void write(Map<CustomerId, Explanation> explanations) {
    Map<CustomerId, Explanation> sorted = new TreeMap<>(explanations);
    TableWriter.write(
        file,
        HEADER,
        cells,
        out -> {
          for (Map.Entry<CustomerId, Explanation> e : sorted.entrySet()) {
            Explanation x = e.getValue();
            for (Contribution c : x.contributions()) {
              out.row(
                  e.getKey().value(),
                  c.feature(),
                  TableWriter.number(c.value()),
                  TableWriter.number(c.contribution()),
                  TableWriter.number(x.baseValue()),
                  TableWriter.number(x.prediction()),
                  spaceName(x.space()));
            }
          }
        });
  }
}

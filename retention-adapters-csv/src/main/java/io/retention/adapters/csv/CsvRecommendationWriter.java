package io.retention.adapters.csv;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Recommendation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes recommendations, one row per customer and title, with the columns {@link #HEADER}; the
 * rank counts from 1 in each customer's list. Customers are written in id order. The file is
 * replaced atomically. {@link ResultReader#recommendations} reads it back.
 */
public final class CsvRecommendationWriter {
  /** The customer id column. */
  public static final String CUSTOMER_ID = "customer_id";

  /** The rank column, from 1 in each customer's list. */
  public static final String RANK = "rank";

  /** The title id column. */
  public static final String CONTENT_ID = "content_id";

  /** The title name column. */
  public static final String TITLE = "title";

  /** The recommender's score column. */
  public static final String SCORE = "score";

  /** The reason column. */
  public static final String REASON = "reason";

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(CUSTOMER_ID, RANK, CONTENT_ID, TITLE, SCORE, REASON);

  private final Path file;
  private final CellEscaping cells;

  /**
   * Creates a writer.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvRecommendationWriter(Path file) {
    this(file, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Creates the writer with a choice of cell escaping.
   *
   * @param file the file to write
   * @param cells how text cells are written ({@link CellEscaping#RAW} for raw values)
   */
  public CsvRecommendationWriter(Path file, CellEscaping cells) {
    this.file = Objects.requireNonNull(file, "file");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  /**
   * Writes the recommendations.
   *
   * @param recommendations each customer's recommendations, best first
   * @throws io.retention.core.RetentionException if the file cannot be written
   */
  public void write(Map<CustomerId, List<Recommendation>> recommendations) {
    Map<CustomerId, List<Recommendation>> sorted = new TreeMap<>(recommendations);
    try (CsvRowWriter out = CsvRowWriter.open(file, HEADER, cells)) {
      for (Map.Entry<CustomerId, List<Recommendation>> e : sorted.entrySet()) {
        rows(out, e.getKey(), e.getValue());
      }
      out.commit();
    }
  }

  /**
   * Writes one customer's recommendations as rows of an open writer, ranked from 1 in list order,
   * so that a caller can stream many customers without holding them all.
   *
   * @param out a writer opened with {@link #HEADER}
   * @param customer the customer
   * @param recommendations their recommendations, best first
   */
  public static void rows(
      CsvRowWriter out, CustomerId customer, List<Recommendation> recommendations) {
    int rank = 1;
    for (Recommendation r : recommendations) {
      out.row(
          customer.value(),
          Integer.toString(rank++),
          r.content().value(),
          r.title(),
          TableWriter.number(r.score()),
          r.reason());
    }
  }
}

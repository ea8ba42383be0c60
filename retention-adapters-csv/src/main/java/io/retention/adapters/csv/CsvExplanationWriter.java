package io.retention.adapters.csv;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes churn explanations, one row per customer and driver, with the columns {@link #HEADER}: the
 * customer, the feature, its value and its contribution, then the explanation's base value and
 * prediction (repeated on each of the customer's rows, so that the file alone rebuilds every
 * explanation). Customers are written in id order, each customer's contributions in the
 * explanation's order. The file is replaced atomically.
 */
public final class CsvExplanationWriter {
  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of("customer_id", "feature", "value", "contribution", "base_value", "prediction");

  private final Path file;

  /**
   * Creates a writer.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvExplanationWriter(Path file) {
    this.file = Objects.requireNonNull(file, "file");
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
                  TableWriter.number(x.prediction()));
            }
          }
        });
  }
}

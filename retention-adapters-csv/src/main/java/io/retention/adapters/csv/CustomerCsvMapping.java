package io.retention.adapters.csv;

import io.retention.core.domain.CustomerSchema;
import java.util.Objects;

/**
 * How the columns of a customer CSV file map to customers: which column holds the id, which the
 * churn label (if any), and, through a {@link CustomerSchema}, which columns are numeric and
 * categorical attributes (each attribute is read from the column of the same name). Columns the
 * mapping does not name are ignored.
 *
 * <p>Label values read as churned: {@code 1}, {@code yes}, {@code true}; as retained: {@code 0},
 * {@code no}, {@code false} (case-insensitive, surrounding spaces ignored). A blank numeric cell is
 * a missing value, left to the feature pipeline's missing-value rule, never read as 0.
 *
 * @param idColumn the column with the customer id
 * @param labelColumn the column with the churn label, or {@link #NO_LABEL}
 * @param schema the attribute columns and their roles
 */
public record CustomerCsvMapping(String idColumn, String labelColumn, CustomerSchema schema) {

  /** The label column of a file whose customers have no known outcome. */
  public static final String NO_LABEL = "";

  /** The Netflix customer-churn file: {@code customer_id}, label {@code churned}. */
  public static final CustomerCsvMapping NETFLIX =
      new CustomerCsvMapping("customer_id", "churned", CustomerSchema.NETFLIX);

  /** The IBM Telco churn file: {@code customerID}, label {@code Churn}. */
  public static final CustomerCsvMapping TELCO =
      new CustomerCsvMapping("customerID", "Churn", CustomerSchema.TELCO);

  /** A Churn_Modelling-style bank file: {@code CustomerId}, label {@code Exited}. */
  public static final CustomerCsvMapping BANK =
      new CustomerCsvMapping("CustomerId", "Exited", CustomerSchema.BANK);

  /** Checks the fields. */
  public CustomerCsvMapping {
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(labelColumn, "labelColumn");
    Objects.requireNonNull(schema, "schema");
    if (idColumn.isBlank()) {
      throw new IllegalArgumentException("idColumn must not be blank");
    }
    if (idColumn.equals(labelColumn)) {
      throw new IllegalArgumentException("the id and label columns must differ: " + idColumn);
    }
    if (schema.numericAttributes().contains(idColumn)
        || schema.categoricalAttributes().contains(idColumn)
        || schema.numericAttributes().contains(labelColumn)
        || schema.categoricalAttributes().contains(labelColumn)) {
      throw new IllegalArgumentException(
          "the id and label columns can never be attributes, but the schema lists one of '"
              + idColumn
              + "', '"
              + labelColumn
              + "'");
    }
  }

  /**
   * Whether the file has a label column.
   *
   * @return false for {@link #NO_LABEL}
   */
  public boolean hasLabel() {
    return !labelColumn.isEmpty();
  }

  /**
   * A preset by name: {@code netflix}, {@code telco} or {@code bank}.
   *
   * @param name the preset's name, case-insensitive
   * @return the mapping
   * @throws IllegalArgumentException for an unknown name
   */
  public static CustomerCsvMapping preset(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "netflix" -> NETFLIX;
      case "telco" -> TELCO;
      case "bank" -> BANK;
      default ->
          throw new IllegalArgumentException(
              "unknown preset '" + name + "'; known presets: netflix, telco, bank");
    };
  }
}

package io.retention.adapters.csv;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.CustomerSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the columns of a customer CSV file map to customers: which column holds the id, which the
 * churn label (if any), through a {@link CustomerSchema} which columns are numeric and categorical
 * attributes (each attribute is read from the column of the same name), which numeric columns may
 * never be negative, and what a blank number means. Columns the mapping does not name are ignored.
 *
 * <p>Label values read as churned: {@code 1}, {@code yes}, {@code true}; as retained: {@code 0},
 * {@code no}, {@code false} (case-insensitive, surrounding spaces ignored).
 *
 * <p>A mapping is built in code or read from a mapping file ({@link #parse}, {@link #load}) and
 * written back with {@link #toFileText()}. The format is plain {@code key = value} lines; {@code #}
 * starts a comment line; lists are comma-separated; attribute names may not contain commas:
 *
 * <pre>
 * schema = telco
 * id = customerID
 * label = Churn
 * numeric = SeniorCitizen, tenure, MonthlyCharges, TotalCharges
 * categorical = gender, Partner, Contract
 * non_negative = tenure, MonthlyCharges, TotalCharges
 * blank_number = missing
 * role.TENURE = tenure
 * role.SPEND = MonthlyCharges
 * role.PLAN = Contract
 * </pre>
 *
 * <p>{@code schema} and {@code id} are required; {@code label} absent means unlabelled customers;
 * {@code blank_number} is {@code missing} (default) or {@code reject}; role names are those of
 * {@link AttributeRole}, in any case.
 *
 * @param idColumn the column with the customer id
 * @param labelColumn the column with the churn label, or {@link #NO_LABEL}
 * @param schema the attribute columns and their roles
 * @param nonNegativeColumns numeric attributes whose values must be 0 or more
 * @param blankNumbers what a blank numeric cell means
 */
public record CustomerCsvMapping(
    String idColumn,
    String labelColumn,
    CustomerSchema schema,
    List<String> nonNegativeColumns,
    BlankNumberRule blankNumbers) {

  /** The label column of a file whose customers have no known outcome. */
  public static final String NO_LABEL = "";

  /** The Netflix customer-churn file: {@code customer_id}, label {@code churned}. */
  public static final CustomerCsvMapping NETFLIX =
      new CustomerCsvMapping("customer_id", "churned", CustomerSchema.NETFLIX)
          .withNonNegative(CustomerSchema.NETFLIX.numericAttributes());

  /** The IBM Telco churn file: {@code customerID}, label {@code Churn}. */
  public static final CustomerCsvMapping TELCO =
      new CustomerCsvMapping("customerID", "Churn", CustomerSchema.TELCO)
          .withNonNegative(CustomerSchema.TELCO.numericAttributes());

  /** A Churn_Modelling-style bank file: {@code CustomerId}, label {@code Exited}. */
  public static final CustomerCsvMapping BANK =
      new CustomerCsvMapping("CustomerId", "Exited", CustomerSchema.BANK)
          .withNonNegative(CustomerSchema.BANK.numericAttributes());

  private static final String KEY_SCHEMA = "schema";
  private static final String KEY_ID = "id";
  private static final String KEY_LABEL = "label";
  private static final String KEY_NUMERIC = "numeric";
  private static final String KEY_CATEGORICAL = "categorical";
  private static final String KEY_NON_NEGATIVE = "non_negative";
  private static final String KEY_BLANK_NUMBER = "blank_number";
  private static final String ROLE_PREFIX = "role.";
  private static final List<String> KEYS =
      List.of(
          KEY_SCHEMA,
          KEY_ID,
          KEY_LABEL,
          KEY_NUMERIC,
          KEY_CATEGORICAL,
          KEY_NON_NEGATIVE,
          KEY_BLANK_NUMBER,
          ROLE_PREFIX + "<ROLE>");

  /** Checks the fields. */
  public CustomerCsvMapping {
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(labelColumn, "labelColumn");
    Objects.requireNonNull(schema, "schema");
    nonNegativeColumns = List.copyOf(nonNegativeColumns);
    Objects.requireNonNull(blankNumbers, "blankNumbers");
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
    for (String column : nonNegativeColumns) {
      if (!schema.numericAttributes().contains(column)) {
        throw new IllegalArgumentException(
            "non-negative column '"
                + column
                + "' is not one of the numeric attributes "
                + schema.numericAttributes());
      }
    }
    if (new HashSet<>(nonNegativeColumns).size() != nonNegativeColumns.size()) {
      throw new IllegalArgumentException("a non-negative column is listed twice");
    }
  }

  /**
   * A mapping in which any finite number is allowed and a blank number is missing.
   *
   * @param idColumn the column with the customer id
   * @param labelColumn the column with the churn label, or {@link #NO_LABEL}
   * @param schema the attribute columns and their roles
   */
  public CustomerCsvMapping(String idColumn, String labelColumn, CustomerSchema schema) {
    this(idColumn, labelColumn, schema, List.of(), BlankNumberRule.MISSING);
  }

  /**
   * A copy in which these numeric columns must be 0 or more.
   *
   * @param columns numeric attributes of the schema
   * @return the mapping
   */
  public CustomerCsvMapping withNonNegative(List<String> columns) {
    return new CustomerCsvMapping(idColumn, labelColumn, schema, columns, blankNumbers);
  }

  /**
   * A copy with another rule for blank numbers.
   *
   * @param rule the rule
   * @return the mapping
   */
  public CustomerCsvMapping withBlankNumbers(BlankNumberRule rule) {
    return new CustomerCsvMapping(idColumn, labelColumn, schema, nonNegativeColumns, rule);
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
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "netflix" -> NETFLIX;
      case "telco" -> TELCO;
      case "bank" -> BANK;
      default ->
          throw new IllegalArgumentException(
              "unknown preset '" + name + "'; known presets: netflix, telco, bank");
    };
  }

  /**
   * Reads a mapping file (UTF-8).
   *
   * @param file the mapping file
   * @return the mapping
   * @throws InvalidDataException if a line is not understood, naming the file, line and key
   * @throws RetentionException if the file cannot be read
   */
  public static CustomerCsvMapping load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
  }

  /**
   * Parses the text of a mapping file.
   *
   * @param text the text, in the format described above
   * @param source where it came from, for error messages
   * @return the mapping
   * @throws InvalidDataException if a line is not understood or the mapping is inconsistent
   */
  public static CustomerCsvMapping parse(String text, String source) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    String[] all = text.split("\\R", -1);
    for (int i = 0; i < all.length; i++) {
      long line = i + 1L;
      String trimmed = all[i].strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (eq <= 0) {
        throw new InvalidDataException(source, line, "", trimmed, "expected 'key = value'");
      }
      String key = trimmed.substring(0, eq).strip();
      String value = trimmed.substring(eq + 1).strip();
      if (!KEYS.contains(key) && !key.startsWith(ROLE_PREFIX)) {
        throw new InvalidDataException(
            source,
            line,
            key,
            value,
            "unknown key; known keys: "
                + KEYS
                + CsvTable.closestMatch(key, KEYS)
                    .map(m -> "; closest match: '" + m + "'")
                    .orElse(""));
      }
      if (values.put(key, value) != null) {
        throw new InvalidDataException(source, line, key, value, "key given twice");
      }
      lines.put(key, line);
    }
    for (String required : List.of(KEY_SCHEMA, KEY_ID)) {
      if (!values.containsKey(required)) {
        throw new InvalidDataException(
            source, InvalidDataException.NO_LINE, required, "", "required key is missing");
      }
    }
    Map<AttributeRole, String> roles = roles(values, lines, source);
    BlankNumberRule rule = blankNumberRule(values, lines, source);
    try {
      CustomerSchema schema =
          new CustomerSchema(
              values.get(KEY_SCHEMA),
              list(values.getOrDefault(KEY_NUMERIC, "")),
              list(values.getOrDefault(KEY_CATEGORICAL, "")),
              roles);
      return new CustomerCsvMapping(
          values.get(KEY_ID),
          values.getOrDefault(KEY_LABEL, NO_LABEL),
          schema,
          list(values.getOrDefault(KEY_NON_NEGATIVE, "")),
          rule);
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException(
          source, InvalidDataException.NO_LINE, "", "", "inconsistent mapping: " + e.getMessage());
    }
  }

  /** The attribute of each role given by a {@code role.*} key. */
  private static Map<AttributeRole, String> roles(
      Map<String, String> values, Map<String, Long> lines, String source) {
    Map<AttributeRole, String> roles = new EnumMap<>(AttributeRole.class);
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().startsWith(ROLE_PREFIX)) {
        String role = e.getKey().substring(ROLE_PREFIX.length()).toUpperCase(Locale.ROOT);
        try {
          roles.put(AttributeRole.valueOf(role), e.getValue());
        } catch (IllegalArgumentException unknown) {
          throw new InvalidDataException(
              source,
              lines.get(e.getKey()),
              e.getKey(),
              e.getValue(),
              "unknown role; known roles: " + Arrays.toString(AttributeRole.values()));
        }
      }
    }
    return roles;
  }

  /** What a blank number means, from {@code blank_number} ("missing" unless given). */
  private static BlankNumberRule blankNumberRule(
      Map<String, String> values, Map<String, Long> lines, String source) {
    String blank = values.getOrDefault(KEY_BLANK_NUMBER, "missing");
    try {
      return BlankNumberRule.valueOf(blank.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidDataException(
          source,
          lines.get(KEY_BLANK_NUMBER),
          KEY_BLANK_NUMBER,
          blank,
          "expected 'missing' or 'reject'");
    }
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String name = part.strip();
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * This mapping in the mapping-file format; {@link #parse} reads it back equal.
   *
   * @return the file's text, with a comment line on top and one key per line
   */
  public String toFileText() {
    StringBuilder sb = new StringBuilder();
    sb.append("# customer CSV mapping: key = value, lists comma-separated\n");
    line(sb, KEY_SCHEMA, schema.name());
    line(sb, KEY_ID, idColumn);
    if (hasLabel()) {
      line(sb, KEY_LABEL, labelColumn);
    }
    line(sb, KEY_NUMERIC, String.join(", ", schema.numericAttributes()));
    line(sb, KEY_CATEGORICAL, String.join(", ", schema.categoricalAttributes()));
    line(sb, KEY_NON_NEGATIVE, String.join(", ", nonNegativeColumns));
    line(sb, KEY_BLANK_NUMBER, blankNumbers.name().toLowerCase(Locale.ROOT));
    Map<AttributeRole, String> roles = new EnumMap<>(AttributeRole.class);
    roles.putAll(schema.roles());
    for (Map.Entry<AttributeRole, String> e : roles.entrySet()) {
      line(sb, ROLE_PREFIX + e.getKey().name(), e.getValue());
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String key, String value) {
    sb.append(key).append(" = ").append(value).append('\n');
  }

  /** Set of the non-negative columns, for fast lookup. */
  Set<String> nonNegativeSet() {
    return Set.copyOf(nonNegativeColumns);
  }
}

package io.retention.adapters.csv;

import io.retention.core.InvalidDataException;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.CustomerSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Proposes a {@link CustomerCsvMapping} for an unknown customer file from its header and a sample
 * of its first rows, to be printed with {@link Result#toFileText()}, checked and edited by a
 * person, and loaded with {@link CustomerCsvMapping#load}.
 *
 * <p>The rules, applied to the sample:
 *
 * <ul>
 *   <li>The label is the first column named like an outcome ({@code churn}, {@code churned}, {@code
 *       exited}, {@code attrition}, {@code label}, {@code target}, …) whose values are all 1/0,
 *       yes/no or true/false.
 *   <li>The id is the first column with no blank and no repeated value whose name is {@code id} or
 *       ends with {@code id}; failing that, the first such column that is not numeric.
 *   <li>A column whose non-blank values all parse as finite numbers is numeric, unless it counts
 *       rows (1, 2, 3, … in order), which is ignored; numeric columns with no negative value in the
 *       sample are proposed as non-negative.
 *   <li>Any other column is categorical, unless it has more than {@link Settings#maxLevels()}
 *       distinct values and more distinct values than half the sample (names, free text), which is
 *       ignored.
 *   <li>Roles come from column names: {@code tenure} is tenure, {@code age} age, {@code
 *       monthly}/{@code charge}/{@code fee}/{@code balance}/{@code spend} spend, and so on (see
 *       {@link #roleFor}); each role goes to the first column that matches.
 * </ul>
 *
 * Every decision that drops a column is written as a comment in the result.
 */
public final class MappingInference {

  /**
   * How much to sample and when a text column is too varied to be a category.
   *
   * @param sampleRows how many data rows to look at, at least 1
   * @param maxLevels the most distinct values a categorical column may have in the sample before it
   *     is taken for free text (if it also has more than half the sample distinct)
   */
  public record Settings(int sampleRows, int maxLevels) {
    /** 10,000 rows, 50 levels. */
    public static final Settings DEFAULTS = new Settings(10_000, 50);

    /** Checks the fields. */
    public Settings {
      if (sampleRows < 1 || maxLevels < 1) {
        throw new IllegalArgumentException(
            "sampleRows and maxLevels must be >= 1, got " + sampleRows + ", " + maxLevels);
      }
    }
  }

  /**
   * An inferred mapping and the notes that explain it.
   *
   * @param mapping the proposed mapping
   * @param notes one line per ignored column or doubtful choice
   */
  public record Result(CustomerCsvMapping mapping, List<String> notes) {
    /** Checks and copies the fields. */
    public Result {
      Objects.requireNonNull(mapping, "mapping");
      notes = List.copyOf(notes);
    }

    /**
     * The mapping in the mapping-file format, with the notes as comments, ready to save and edit.
     *
     * @return the text
     */
    public String toFileText() {
      StringBuilder sb = new StringBuilder("# inferred from a sample; check before use\n");
      for (String note : notes) {
        sb.append("# ").append(note).append('\n');
      }
      return sb.append(mapping.toFileText()).toString();
    }
  }

  private static final Set<String> LABEL_NAMES =
      Set.of(
          "churn",
          "churned",
          "exited",
          "attrition",
          "label",
          "target",
          "left",
          "is_churn",
          "churn_flag");
  private static final Set<String> LABEL_VALUES = Set.of("1", "0", "yes", "no", "true", "false");

  private MappingInference() {}

  /**
   * Infers a mapping for a comma-separated file.
   *
   * @param file the file, with a header row
   * @param options the character set (the sample is read strictly: a malformed row throws)
   * @param settings sample size and level limit
   * @return the mapping and notes
   * @throws InvalidDataException if the file is empty, has no data rows or no usable id column
   */
  public static Result infer(Path file, CsvReadOptions options, Settings settings) {
    List<String> header = new ArrayList<>();
    List<List<String>> sample;
    try (Stream<List<String>> rows =
        CsvTable.stream(
            file,
            options.withPolicy(BadRowPolicy.FAIL_FAST).withListener(ReadListener.NONE),
            Delimiter.COMMA,
            h -> {
              header.addAll(h.names());
              return CsvTable.Row::fields;
            })) {
      sample = rows.limit(settings.sampleRows()).toList();
    }
    if (sample.isEmpty()) {
      throw new InvalidDataException(
          file.toString(), InvalidDataException.NO_LINE, "", "", "no data rows to infer from");
    }
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      columns.add(new Column(header.get(i), i, sample));
    }
    List<String> notes = new ArrayList<>();
    String label =
        columns.stream()
            .filter(c -> LABEL_NAMES.contains(c.lowerName) && c.allLabels)
            .map(c -> c.name)
            .findFirst()
            .orElse(CustomerCsvMapping.NO_LABEL);
    if (label.isEmpty()) {
      notes.add("no label column found; customers will be unlabelled");
    }
    String id = idColumn(columns, label, file);
    List<String> numeric = new ArrayList<>();
    List<String> categorical = new ArrayList<>();
    List<String> nonNegative = new ArrayList<>();
    for (Column c : columns) {
      if (c.name.equals(id) || c.name.equals(label)) {
        continue;
      }
      if (c.numeric) {
        if (c.rowCounter) {
          notes.add("ignored '" + c.name + "': it counts rows 1, 2, 3, ...");
          continue;
        }
        numeric.add(c.name);
        if (c.nonNegative) {
          nonNegative.add(c.name);
        }
      } else if (c.distinct > settings.maxLevels() && c.distinct * 2 > sample.size()) {
        notes.add(
            "ignored '"
                + c.name
                + "': free text with "
                + c.distinct
                + " distinct values in "
                + sample.size()
                + " rows");
      } else {
        categorical.add(c.name);
      }
    }
    Map<AttributeRole, String> roles = roles(numeric, categorical);
    String schemaName = baseName(file);
    CustomerSchema schema = new CustomerSchema(schemaName, numeric, categorical, roles);
    return new Result(
        new CustomerCsvMapping(id, label, schema, nonNegative, BlankNumberRule.MISSING), notes);
  }

  /**
   * The id column: the first unique column (not the label) named "id" or ending in "id", else the
   * first unique text column.
   */
  private static String idColumn(List<Column> columns, String label, Path file) {
    return columns.stream()
        .filter(c -> c.unique && !c.name.equals(label))
        .filter(c -> c.lowerName.equals("id") || c.lowerName.endsWith("id"))
        .map(c -> c.name)
        .findFirst()
        .or(
            () ->
                columns.stream()
                    .filter(c -> c.unique && !c.numeric && !c.name.equals(label))
                    .map(c -> c.name)
                    .findFirst())
        .orElseThrow(
            () ->
                new InvalidDataException(
                    file.toString(),
                    InvalidDataException.NO_LINE,
                    "",
                    "",
                    "no column has a distinct non-blank value in every sampled row; cannot"
                        + " choose an id column"));
  }

  /** Each role to the first column whose name suggests it: numeric roles to numeric columns. */
  private static Map<AttributeRole, String> roles(List<String> numeric, List<String> categorical) {
    Map<AttributeRole, String> roles = new EnumMap<>(AttributeRole.class);
    for (String name : numeric) {
      roleFor(name).filter(AttributeRole::isNumeric).ifPresent(r -> roles.putIfAbsent(r, name));
    }
    for (String name : categorical) {
      roleFor(name).filter(r -> !r.isNumeric()).ifPresent(r -> roles.putIfAbsent(r, name));
    }
    return roles;
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base.isBlank() ? "inferred" : base;
  }

  /**
   * The role a column name suggests, if any.
   *
   * @param column the column name
   * @return the role, or empty
   */
  static java.util.Optional<AttributeRole> roleFor(String column) {
    String n = column.toLowerCase(Locale.ROOT);
    AttributeRole role = null;
    if (n.contains("tenure")) {
      role = AttributeRole.TENURE;
    } else if (n.equals("age")) {
      role = AttributeRole.AGE;
    } else if (n.contains("last_login") || n.contains("recency") || n.contains("days_since")) {
      role = AttributeRole.RECENCY;
    } else if (n.contains("per_day") || n.contains("daily")) {
      role = AttributeRole.DAILY_USAGE;
    } else if (n.contains("watch_hours") || n.contains("usage") || n.contains("minutes")) {
      role = AttributeRole.USAGE;
    } else if (n.contains("monthly")
        || n.contains("charge")
        || n.contains("fee")
        || n.contains("balance")
        || n.contains("spend")) {
      role = AttributeRole.SPEND;
    } else if (n.contains("profiles")) {
      role = AttributeRole.PROFILES;
    } else if (n.contains("frequency") || n.contains("numof") || n.contains("num_of")) {
      role = AttributeRole.FREQUENCY;
    } else if (n.contains("contract") || n.contains("subscription") || n.contains("plan")) {
      role = AttributeRole.PLAN;
    } else if (n.contains("genre")) {
      role = AttributeRole.FAVOURITE_GENRE;
    } else if (n.contains("region") || n.contains("country") || n.contains("geography")) {
      role = AttributeRole.REGION;
    }
    return java.util.Optional.ofNullable(role);
  }

  /** What the sample says about one column. */
  private static final class Column {
    final String name;
    final String lowerName;
    boolean numeric = true;
    boolean nonNegative = true;
    boolean rowCounter = true;
    boolean allLabels = true;
    boolean unique;
    int distinct;

    Column(String name, int index, List<List<String>> sample) {
      this.name = name;
      this.lowerName = name.toLowerCase(Locale.ROOT);
      Set<String> values = new HashSet<>();
      boolean anyBlank = false;
      int nonBlank = 0;
      for (int r = 0; r < sample.size(); r++) {
        String v = sample.get(r).get(index).trim();
        if (v.isEmpty()) {
          anyBlank = true;
          rowCounter = false;
          continue;
        }
        nonBlank++;
        values.add(v);
        allLabels &= LABEL_VALUES.contains(v.toLowerCase(Locale.ROOT));
        if (numeric) {
          double d = parse(v);
          if (Double.isNaN(d)) {
            numeric = false;
            rowCounter = false;
          } else {
            nonNegative &= d >= 0;
            rowCounter &= d == r + 1;
          }
        }
      }
      numeric &= nonBlank > 0;
      allLabels &= nonBlank > 0;
      rowCounter &= numeric && sample.size() > 1;
      distinct = values.size();
      unique = !anyBlank && distinct == sample.size();
    }

    private static double parse(String v) {
      double d = Numbers.decimalValue(v);
      return Double.isFinite(d) ? d : Double.NaN;
    }
  }
}

package io.retention.adapters.csv;

/** Number parsing shared by the sources, with errors that name the row and column. */
final class Numbers {
  private Numbers() {}

  /** Parses a trimmed, non-blank cell as a finite double. */
  static double parseFinite(CsvTable.Row row, String column, String raw) {
    char last = raw.charAt(raw.length() - 1);
    if (last == 'd' || last == 'D' || last == 'f' || last == 'F') {
      // Java's own literal suffixes, which Double.parseDouble would accept.
      throw row.reject(column, raw, "not a number");
    }
    double v;
    try {
      v = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw row.reject(column, raw, "not a number");
    }
    if (!Double.isFinite(v)) {
      throw row.reject(column, raw, "not a finite number");
    }
    return v;
  }

  /** Parses a trimmed, non-blank cell as an int. */
  static int parseInt(CsvTable.Row row, String column, String raw) {
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw row.reject(column, raw, "not a whole number");
    }
  }
}

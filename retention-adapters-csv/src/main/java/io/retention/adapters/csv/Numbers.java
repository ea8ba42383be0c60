package io.retention.adapters.csv;

import java.util.regex.Pattern;

/** Number parsing shared by the sources, with errors that name the row and column. */
final class Numbers {
  /** Most digits a plain decimal may have for the exact fast path: 10^15 < 2^53. */
  private static final int FAST_DIGITS = 15;

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /** Plain decimal notation: an optional sign, digits with an optional point, an exponent. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private Numbers() {}

  /**
   * Whether a trimmed cell is written in plain decimal notation ({@code -14.73}, {@code .5}, {@code
   * 1e-3}): not Java's hexadecimal floats, type suffixes, {@code NaN} or {@code Infinity}.
   */
  static boolean isDecimal(String s) {
    return DECIMAL.matcher(s).matches();
  }

  /**
   * The value of a trimmed cell written in plain decimal notation, or NaN when it is not one
   * (Java's {@code 0x1p3}, {@code 4d}, {@code NaN} and {@code Infinity} included); a decimal too
   * large for a double is infinite. The one number reader of the module: the common short decimals
   * take the exact fast path, the rest are checked against the notation before Java parses them.
   */
  static double decimalValue(String s) {
    double fast = plainDecimal(s);
    if (!Double.isNaN(fast)) {
      return fast;
    }
    return isDecimal(s) ? Double.parseDouble(s) : Double.NaN;
  }

  /** Parses a trimmed, non-blank cell as a finite double. */
  static double parseFinite(CsvTable.Row row, String column, String raw) {
    double v = decimalValue(raw);
    if (Double.isNaN(v)) {
      boolean nonFinite = raw.matches("[+-]?(?:NaN|Infinity)");
      throw row.reject(column, raw, nonFinite ? "not a finite number" : "not a number");
    }
    if (Double.isInfinite(v)) {
      throw row.reject(column, raw, "not a finite number");
    }
    return v;
  }

  /**
   * The value of a plain decimal such as {@code -14.73} with at most 15 digits, exactly as {@link
   * Double#parseDouble} reads it, or NaN for anything else (which then takes the slow path). With
   * an integer mantissa below 2^53 and a power of ten that is itself an exact double, one IEEE
   * division is correctly rounded, so the result is the nearest double to the decimal.
   */
  static double plainDecimal(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > FAST_DIGITS) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (dot) {
          scale++;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    double v = mantissa / POWERS_OF_TEN[scale];
    return negative ? -v : v;
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

package io.retention.examples.report;

import java.util.Locale;

/**
 * Escaping and number formatting for the report. Every string that reaches the page goes through
 * {@link #escape(String)}; every number through one of the formatters, which show a number that
 * could not be measured (NaN or infinite) as {@link #NOT_AVAILABLE}.
 */
final class Html {

  /** What a number that a run could not measure reads as. */
  static final String NOT_AVAILABLE = "n/a";

  private static final double PERCENT = 100.0;

  private Html() {}

  /**
   * Text safe inside an element or a quoted attribute, of HTML and of inline SVG: the five markup
   * characters become entities and control characters other than tab, line feed and carriage return
   * are dropped (they are not allowed in an HTML document).
   *
   * @param text any text, for example a customer id from a user's file
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= ' ' || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A number with a fixed number of decimals.
   *
   * @param value the number
   * @param decimals how many decimals
   * @return for example {@code "0.850"}, or {@code "n/a"}
   */
  static String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /**
   * A share as a percentage with one decimal.
   *
   * @param share the share, 0 to 1
   * @return for example {@code "30.0%"}, or {@code "n/a"}
   */
  static String percent(double share) {
    return percent(share, 1);
  }

  /**
   * A share as a percentage.
   *
   * @param share the share, 0 to 1
   * @param decimals how many decimals
   * @return for example {@code "30%"}, or {@code "n/a"}
   */
  static String percent(double share, int decimals) {
    if (!Double.isFinite(share)) {
      return NOT_AVAILABLE;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f%%", share * PERCENT);
  }

  /**
   * A count with thousands separators.
   *
   * @param count the count
   * @return for example {@code "25,000"}
   */
  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /**
   * A coordinate for SVG: two decimals, no grouping, never NaN.
   *
   * @param value a finite number of pixels
   * @return for example {@code "12.5"}
   */
  static String px(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a coordinate must be finite: " + value);
    }
    String text = String.format(Locale.ROOT, "%.2f", value);
    if (text.indexOf('.') >= 0) {
      int end = text.length();
      while (text.charAt(end - 1) == '0') {
        end--;
      }
      if (text.charAt(end - 1) == '.') {
        end--;
      }
      text = text.substring(0, end);
    }
    return "-0".equals(text) ? "0" : text;
  }
}

package io.retention.examples.report;

import java.util.Locale;

/**
 * Escaping, number formatting and the small page elements of the report. Every string that reaches
 * the page goes through {@link #escape(String)}; every number through one of the formatters, which
 * show a number that could not be measured (NaN or infinite) as {@link #NOT_AVAILABLE}. The element
 * helpers (a section's opening and closing, a card, a table row, a note, a figure) are shared by
 * the section writers.
 */
final class Html {

  /** What a number that a run could not measure reads as. */
  static final String NOT_AVAILABLE = "n/a";

  /** Decimals of scores such as AUCs, Brier scores, thresholds and SHAP values. */
  static final int AUC_DECIMALS = 3;

  /** Decimals of money, seconds and means in original units. */
  static final int MONEY_DECIMALS = 2;

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

  /**
   * Opens a {@code <section>} with its heading.
   *
   * @param html the page
   * @param id the section id (made by the report, never user text)
   * @param title the heading
   */
  static void openSection(StringBuilder html, String id, String title) {
    html.append("<section id=\"")
        .append(id)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-h\">\n<h2 id=\"")
        .append(id)
        .append("-h\">")
        .append(escape(title))
        .append("</h2>\n");
  }

  /**
   * Closes the section opened last.
   *
   * @param html the page
   */
  static void closeSection(StringBuilder html) {
    html.append("</section>\n");
  }

  /**
   * Appends a headline card.
   *
   * @param html the page
   * @param key what the number is
   * @param value the number, as text
   */
  static void card(StringBuilder html, String key, String value) {
    html.append("<div class=\"card\"><div class=\"k\">")
        .append(escape(key))
        .append("</div><div class=\"v\">")
        .append(escape(value))
        .append("</div></div>");
  }

  /**
   * Appends a table row of a key and a value.
   *
   * @param html the page
   * @param key the row header
   * @param value the value
   */
  static void row(StringBuilder html, String key, String value) {
    html.append("<tr><th scope=\"row\">")
        .append(escape(key))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>");
  }

  /**
   * Appends the note shown instead of an empty chart or table.
   *
   * @param html the page
   * @param note the note
   */
  static void empty(StringBuilder html, String note) {
    html.append("<p class=\"empty\">").append(escape(note)).append("</p>\n");
  }

  /**
   * Appends a figure; the caption is trusted markup built by the report, user text in it escaped.
   *
   * @param html the page
   * @param svg the chart
   * @param captionMarkup the caption
   */
  static void figure(StringBuilder html, String svg, String captionMarkup) {
    html.append("<figure>")
        .append(svg)
        .append("<figcaption>")
        .append(captionMarkup)
        .append("</figcaption></figure>\n");
  }
}

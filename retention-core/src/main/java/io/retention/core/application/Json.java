package io.retention.core.application;

import java.util.Locale;

/** Just enough JSON writing for reports, so that core needs no JSON library. */
final class Json {
  private Json() {}

  /** A JSON string literal. */
  static String string(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** A JSON number, or null for NaN and infinities (which JSON cannot hold). */
  static String number(double d) {
    return Double.isFinite(d) ? Double.toString(d) : "null";
  }
}

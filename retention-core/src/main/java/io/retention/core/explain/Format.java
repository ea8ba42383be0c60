package io.retention.core.explain;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting for readable reasons, independent of the default locale. */
final class Format {
  /** Significant digits of a non-integral feature value. */
  private static final int VALUE_DIGITS = 4;

  /** The largest integral value printed without an exponent. */
  private static final double PLAIN_LIMIT = 1e15;

  private Format() {}

  /** A feature value: integers as integers, others with four significant digits. */
  static String value(double v) {
    if (v == Math.rint(v) && Math.abs(v) < PLAIN_LIMIT) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%." + VALUE_DIGITS + "g", v);
    return new BigDecimal(s.trim()).stripTrailingZeros().toPlainString();
  }

  /** A contribution, signed, with three decimals. */
  static String contribution(double c) {
    return String.format(Locale.ROOT, "%+.3f", c);
  }
}

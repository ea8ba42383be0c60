package io.retention.recommender;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct liking values of a builder's interactions (1 for a watch, r / max for a rating),
 * numbered so that each interaction stores an {@code int} rather than a {@code double}: a handful
 * of values in practice. Not thread-safe while values are added; read-only afterwards.
 */
final class LikeValues {
  private static final int FIRST_CAPACITY = 8;

  private final Map<Long, Integer> numbers = new HashMap<>();
  private double[] values = new double[FIRST_CAPACITY];
  private int size;
  private long lastBits = Double.doubleToLongBits(Double.NaN); // never a liking
  private int lastIndex;

  /**
   * The number of a value, adding it when new.
   *
   * @param value a finite or infinite liking, not NaN
   * @return its number, from 0
   */
  int indexOf(double value) {
    long bits = Double.doubleToLongBits(value);
    if (bits == lastBits) {
      return lastIndex;
    }
    lastBits = bits;
    lastIndex = lookUp(bits, value);
    return lastIndex;
  }

  private int lookUp(long bits, double value) {
    Integer known = numbers.get(bits);
    if (known != null) {
      return known;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, 2 * size);
    }
    values[size] = value;
    numbers.put(bits, size);
    return size++;
  }

  /**
   * A value by number.
   *
   * @param index a number {@link #indexOf} gave
   * @return the value
   */
  double value(int index) {
    return values[index];
  }
}

package io.retention.examples.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A dictionary of strings to small integer codes, in order of first appearance, so that a column of
 * a million repeated labels is an {@code int[]} and filtering compares integers. Filled while a
 * file is read, then only read (safely published by the final fields of its owner).
 */
final class Codes {
  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  /**
   * The code of a value, adding it when new.
   *
   * @param value the value
   * @return its code
   */
  int encode(String value) {
    Integer code = codes.get(value);
    if (code == null) {
      code = values.size();
      codes.put(value, code);
      values.add(value);
    }
    return code;
  }

  /**
   * The code of a known value.
   *
   * @param value the value
   * @return its code, or empty when it never appeared
   */
  OptionalInt find(String value) {
    Integer code = codes.get(value);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /**
   * The value of a code.
   *
   * @param code the code
   * @return the value
   */
  String decode(int code) {
    return values.get(code);
  }

  /**
   * Every value, in order of first appearance.
   *
   * @return the values
   */
  List<String> values() {
    return List.copyOf(values);
  }
}

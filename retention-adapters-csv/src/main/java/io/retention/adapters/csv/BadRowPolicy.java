package io.retention.adapters.csv;

/** What a CSV source does with a row it cannot use. */
public enum BadRowPolicy {
  /**
   * The first unusable row stops reading with an {@link io.retention.core.InvalidDataException}
   * that names the file, the line, the column, the value and the reason.
   */
  FAIL_FAST,
  /**
   * Unusable rows are copied, with their line, column, value and reason, to {@code
   * <name>.rejected.csv} beside the input, and reading continues.
   */
  QUARANTINE
}

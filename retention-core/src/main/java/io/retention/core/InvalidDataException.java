package io.retention.core;

import java.util.Objects;

/**
 * Input data that cannot be used, with where it is: the source (a file name), the line, the column
 * and the offending value, and the reason. The message reads as one line a user can act on.
 */
public class InvalidDataException extends RetentionException {
  private static final long serialVersionUID = 1L;

  /** Line number used when the problem is not on one line (a missing column, an empty file). */
  public static final long NO_LINE = -1;

  private final String source;
  private final long line;
  private final String column;
  private final String value;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source where the data came from, such as a file path
   * @param line the 1-based line number, or {@link #NO_LINE}
   * @param column the column name, or an empty string when the problem concerns no one column
   * @param value the offending value, or an empty string
   * @param reason what is wrong with it
   */
  public InvalidDataException(
      String source, long line, String column, String value, String reason) {
    super(format(source, line, column, value, reason));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = Objects.requireNonNull(column, "column");
    this.value = Objects.requireNonNull(value, "value");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String format(
      String source, long line, String column, String value, String reason) {
    StringBuilder sb = new StringBuilder(source);
    if (line != NO_LINE) {
      sb.append(", line ").append(line);
    }
    if (!column.isEmpty()) {
      sb.append(", column '").append(column).append('\'');
    }
    if (!value.isEmpty() || !column.isEmpty()) {
      String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
      sb.append(", value '").append(shown).append('\'');
    }
    return sb.append(": ").append(reason).toString();
  }

  /**
   * Where the data came from.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line number.
   *
   * @return the line, or {@link #NO_LINE}
   */
  public long line() {
    return line;
  }

  /**
   * The column name.
   *
   * @return the column, or an empty string
   */
  public String column() {
    return column;
  }

  /**
   * The offending value.
   *
   * @return the value, or an empty string
   */
  public String value() {
    return value;
  }

  /**
   * What is wrong.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}

package io.retention.adapters.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a CSV source reads its file: the character set, what to do with bad rows and who hears the
 * accounting at the end of each pass.
 *
 * @param charset the file's character set; a UTF-8 byte-order mark is skipped in any case
 * @param policy what to do with an unusable row
 * @param listener told the {@link ReadReport} when each stream is closed
 */
public record CsvReadOptions(Charset charset, BadRowPolicy policy, ReadListener listener) {

  /** UTF-8, fail fast, nobody listening (the accounting line is still logged). */
  public static final CsvReadOptions DEFAULTS =
      new CsvReadOptions(StandardCharsets.UTF_8, BadRowPolicy.FAIL_FAST, ReadListener.NONE);

  /** Checks the fields. */
  public CsvReadOptions {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(listener, "listener");
  }

  /**
   * Where {@link BadRowPolicy#QUARANTINE} puts the rejected rows of a file: {@code
   * <name>.rejected.csv} in the same folder ({@code customers.csv} → {@code
   * customers.rejected.csv}). Its columns are {@code rejected_line, rejected_column,
   * rejected_value, rejected_reason} followed by the row's original fields.
   *
   * @param input the file read
   * @return the rejected-rows file
   */
  public static Path rejectedFileFor(Path input) {
    return Quarantine.fileFor(input);
  }

  /**
   * A copy with another character set.
   *
   * @param value the character set, such as ISO-8859-1
   * @return the options
   */
  public CsvReadOptions withCharset(Charset value) {
    return new CsvReadOptions(value, policy, listener);
  }

  /**
   * A copy with another bad-row policy.
   *
   * @param value the policy
   * @return the options
   */
  public CsvReadOptions withPolicy(BadRowPolicy value) {
    return new CsvReadOptions(charset, value, listener);
  }

  /**
   * A copy with another listener.
   *
   * @param value the listener
   * @return the options
   */
  public CsvReadOptions withListener(ReadListener value) {
    return new CsvReadOptions(charset, policy, value);
  }
}

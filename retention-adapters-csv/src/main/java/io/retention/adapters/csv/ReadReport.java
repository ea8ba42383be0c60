package io.retention.adapters.csv;

import java.util.Locale;
import java.util.Objects;

/**
 * The accounting of one pass over a CSV file: every data row read was either accepted or rejected.
 *
 * @param source the file read
 * @param rowsRead the data rows read (the header is not a row)
 * @param accepted the rows turned into domain objects
 * @param rejected the rows refused (thrown under {@link BadRowPolicy#FAIL_FAST}, quarantined under
 *     {@link BadRowPolicy#QUARANTINE})
 * @param complete whether the pass reached the end of the file; false when the stream was closed
 *     early or stopped at an error
 * @param blankLines the blank lines skipped, which are not rows
 */
public record ReadReport(
    String source, long rowsRead, long accepted, long rejected, boolean complete, long blankLines) {

  /** Checks that the accounting holds: rows read = accepted + rejected. */
  public ReadReport {
    Objects.requireNonNull(source, "source");
    if (blankLines < 0) {
      throw new IllegalArgumentException("blank lines must be >= 0, got " + blankLines);
    }
    if (accepted < 0 || rejected < 0 || rowsRead != accepted + rejected) {
      throw new IllegalArgumentException(
          "rows read must equal accepted + rejected, all >= 0; got "
              + rowsRead
              + " = "
              + accepted
              + " + "
              + rejected);
    }
  }

  /**
   * The accounting of a pass that met no blank line.
   *
   * @param source the file read
   * @param rowsRead the data rows read
   * @param accepted the rows accepted
   * @param rejected the rows refused
   * @param complete whether the pass reached the end of the file
   */
  public ReadReport(String source, long rowsRead, long accepted, long rejected, boolean complete) {
    this(source, rowsRead, accepted, rejected, complete, 0);
  }

  /**
   * The accounting line, for logs and command-line output, such as {@code customers.csv: 5000 rows
   * read = 4998 accepted + 2 rejected}.
   *
   * @return one line
   */
  public String accountingLine() {
    return String.format(
        Locale.ROOT,
        "%s: %d rows read = %d accepted + %d rejected%s%s",
        source,
        rowsRead,
        accepted,
        rejected,
        blankLines == 0 ? "" : "; " + blankLines + " blank lines skipped",
        complete ? "" : " (stopped before the end of the file)");
  }
}

package io.retention.adapters.csv;

/**
 * How text cells are written so that a spreadsheet opening the file does not run them: a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula
 * to Excel, LibreOffice and Google Sheets (an attacker's customer id or title such as {@code
 * =HYPERLINK(...)} would run on the analyst's machine).
 */
public enum CellEscaping {
  /**
   * A text cell that a spreadsheet would read as a formula is written with a leading apostrophe,
   * which spreadsheets show as text and hide; numbers ({@code -0.5}, {@code -1e-3}) are written as
   * they are. A cell that already begins with an apostrophe gets one more, so that reading back
   * with the same escaping (drop one leading apostrophe) gives every cell exactly. The default for
   * result files.
   */
  NEUTRALISE_FORMULAS,
  /** Every cell as it is: for data files that this library reads back with its sources. */
  RAW;

  /**
   * The cell as written.
   *
   * @param cell the value
   * @return the text to write
   */
  public String write(String cell) {
    if (this == RAW || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean formula =
        (first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r')
            && !Numbers.isDecimal(cell);
    return formula || first == '\'' ? "'" + cell : cell;
  }

  /**
   * The value of a cell as read.
   *
   * @param cell the text read
   * @return the value written
   */
  public String read(String cell) {
    return this == NEUTRALISE_FORMULAS && cell.startsWith("'") ? cell.substring(1) : cell;
  }
}

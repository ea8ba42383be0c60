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
   * they are. A value that begins with an apostrophe followed by a formula or another apostrophe
   * gets one more, so that {@link #read} gives every cell back exactly. The default for result
   * files.
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
    return this == NEUTRALISE_FORMULAS && needsApostrophe(cell) ? "'" + cell : cell;
  }

  /**
   * The value of a cell as read. Under {@link #NEUTRALISE_FORMULAS} one leading apostrophe is
   * dropped when what follows it is a formula or begins with another apostrophe, which is what
   * {@link #write} adds; so a neutralised file reads back exactly, and so does a raw one, except a
   * raw value that itself begins with an apostrophe followed by a formula or an apostrophe.
   *
   * @param cell the text read
   * @return the value written
   */
  public String read(String cell) {
    return this == NEUTRALISE_FORMULAS
            && cell.length() > 1
            && cell.charAt(0) == '\''
            && needsApostrophe(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean needsApostrophe(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    if (cell.charAt(0) == '\'') {
      return cell.length() > 1 && (cell.charAt(1) == '\'' || formula(cell.substring(1)));
    }
    return formula(cell);
  }

  private static boolean formula(String cell) {
    char first = cell.charAt(0);
    return (first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r')
        && !Numbers.isDecimal(cell);
  }
}

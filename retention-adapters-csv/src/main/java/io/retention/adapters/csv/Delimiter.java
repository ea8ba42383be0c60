package io.retention.adapters.csv;

/** How the fields of a row are separated. */
public enum Delimiter {
  /** A comma, as RFC 4180 says. */
  COMMA,
  /** One tab character. */
  TAB,
  /**
   * Any run of spaces, with leading and trailing spaces ignored, as in fixed-width text files such
   * as CDNOW_master.txt. An empty field cannot be written in this layout; a quoted field may still
   * hold spaces.
   */
  WHITESPACE
}

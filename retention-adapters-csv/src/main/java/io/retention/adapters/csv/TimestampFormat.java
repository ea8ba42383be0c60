package io.retention.adapters.csv;

/** How an activity file writes its timestamps. All times without a zone are taken as UTC. */
public enum TimestampFormat {
  /**
   * ISO 8601: a date ({@code 2021-09-25}, read as the start of that day), a local date-time ({@code
   * 2021-09-25T10:15:30}) or a date-time with an offset or {@code Z}.
   */
  ISO,
  /** A compact date, {@code yyyyMMdd} ({@code 19970101}), read as the start of that day. */
  YYYYMMDD,
  /** Whole seconds since 1970-01-01T00:00:00Z ({@code 964982703}). */
  UNIX_SECONDS
}

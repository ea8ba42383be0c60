package io.retention.core.domain;

/** The kind of a catalog title. */
public enum ContentType {
  /** A film, with a duration in minutes. */
  MOVIE,
  /** A series, with a number of seasons. */
  TV_SHOW
}

package io.retention.examples.dashboard;

import java.util.Objects;

/**
 * A request the API refuses: the HTTP status, the request field that is wrong (empty when none) and
 * a message for people.
 */
final class ApiException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Bad request. */
  static final int BAD_REQUEST = 400;

  /** Not found. */
  static final int NOT_FOUND = 404;

  /** Method not allowed. */
  static final int METHOD_NOT_ALLOWED = 405;

  /** A body larger than the server takes. */
  static final int PAYLOAD_TOO_LARGE = 413;

  /** A body of another media type than JSON. */
  static final int UNSUPPORTED_MEDIA_TYPE = 415;

  /** A request addressed to another host name (DNS rebinding). */
  static final int MISDIRECTED = 421;

  private final int status;
  private final String field;

  ApiException(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = Objects.requireNonNull(field, "field");
  }

  static ApiException badField(String field, String message) {
    return new ApiException(BAD_REQUEST, field, message);
  }

  int status() {
    return status;
  }

  String field() {
    return field;
  }
}

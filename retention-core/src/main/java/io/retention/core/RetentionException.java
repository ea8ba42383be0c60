package io.retention.core;

/**
 * The root of the library's unchecked domain failures: data that cannot be used, a model that
 * cannot be trained or loaded, a step run out of order.
 *
 * <p>Bad arguments to a method are reported with {@link IllegalArgumentException} instead; this
 * family is for failures a caller may want to catch and report to a user.
 */
public class RetentionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what failed and why.
   *
   * @param message the explanation, in words a user can act on
   */
  public RetentionException(String message) {
    super(message);
  }

  /**
   * Creates an exception that wraps its cause.
   *
   * @param message the explanation, in words a user can act on
   * @param cause the underlying failure
   */
  public RetentionException(String message, Throwable cause) {
    super(message, cause);
  }
}

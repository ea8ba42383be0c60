package io.retention.core.domain;

/**
 * Identifies a customer. Identifiers are compared as exact strings, so leading zeros and case are
 * kept.
 *
 * @param value the identifier, not blank
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  /** Checks the identifier. */
  public CustomerId {
    Checks.notBlank(value, "customer id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not blank
   * @return the identifier
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

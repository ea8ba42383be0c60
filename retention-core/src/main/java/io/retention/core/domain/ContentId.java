package io.retention.core.domain;

/**
 * Identifies a title in the content catalog.
 *
 * @param value the identifier, not blank
 */
public record ContentId(String value) implements Comparable<ContentId> {

  /** Checks the identifier. */
  public ContentId {
    Checks.notBlank(value, "content id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not blank
   * @return the identifier
   */
  public static ContentId of(String value) {
    return new ContentId(value);
  }

  @Override
  public int compareTo(ContentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

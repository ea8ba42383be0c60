package io.retention.core.domain;

/**
 * A customer segment found by clustering.
 *
 * @param index the segment's number, from 0
 * @param name a readable name such as "Loyal High-Value", distinct within one segmentation
 */
public record Segment(int index, String name) {

  /** Checks the fields. */
  public Segment {
    if (index < 0) {
      throw new IllegalArgumentException("segment index must be >= 0, got " + index);
    }
    Checks.notBlank(name, "segment name");
  }
}

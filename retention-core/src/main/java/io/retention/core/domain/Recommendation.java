package io.retention.core.domain;

import java.util.Objects;

/**
 * A title suggested to a customer, with the reason for it.
 *
 * @param content the suggested title
 * @param title the title's name, for display
 * @param score the recommender's score; higher is better
 * @param reason why, in words a customer could read ("because you watched X")
 */
public record Recommendation(ContentId content, String title, double score, String reason) {

  /** Checks the fields. */
  public Recommendation {
    Objects.requireNonNull(content, "content");
    Checks.notBlank(title, "title");
    Checks.finite(score, "score");
    Checks.notBlank(reason, "reason");
  }
}

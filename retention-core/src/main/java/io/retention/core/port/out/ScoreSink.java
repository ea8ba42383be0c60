package io.retention.core.port.out;

import io.retention.core.domain.ChurnScore;
import java.util.List;

/** Where churn scores go: a file, a table, a message queue. */
public interface ScoreSink {

  /**
   * Writes scores in the order given. A sink either stores all of them or none: a failure never
   * leaves a partial result that looks complete.
   *
   * @param scores the scores
   * @throws io.retention.core.RetentionException if they cannot be stored
   */
  void write(List<ChurnScore> scores);
}

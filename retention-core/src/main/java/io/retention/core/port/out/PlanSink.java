package io.retention.core.port.out;

import io.retention.core.domain.RetentionPlan;
import java.util.List;

/** Where retention plans go. */
public interface PlanSink {

  /**
   * Writes plans in the order given (ranked, highest priority first). All or nothing, as for {@link
   * ScoreSink}.
   *
   * @param plans the plans
   * @throws io.retention.core.RetentionException if they cannot be stored
   */
  void write(List<RetentionPlan> plans);
}

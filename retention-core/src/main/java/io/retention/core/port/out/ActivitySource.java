package io.retention.core.port.out;

import io.retention.core.domain.ActivityEvent;
import java.util.stream.Stream;

/** Where customers' activity events come from. */
public interface ActivitySource {

  /**
   * Opens a fresh pass over every event, in source order. The caller closes the stream; a source
   * may stream more events than fit in memory.
   *
   * @return the events
   * @throws io.retention.core.RetentionException if the data cannot be read
   */
  Stream<ActivityEvent> events();
}

package io.retention.core.port.out;

import io.retention.core.domain.ContentItem;
import java.util.stream.Stream;

/** Where the content catalog comes from. */
public interface CatalogSource {

  /**
   * Opens a fresh pass over every title. The caller closes the stream.
   *
   * @return the titles
   * @throws io.retention.core.RetentionException if the data cannot be read
   */
  Stream<ContentItem> items();
}

package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.port.out.CatalogSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link CatalogSource} promises. */
public abstract class CatalogSourceContract {

  /**
   * The source under test; it must yield at least one title.
   *
   * @return a fresh source
   */
  protected abstract CatalogSource createSource();

  private static List<ContentItem> readAll(CatalogSource source) {
    try (Stream<ContentItem> items = source.items()) {
      return items.toList();
    }
  }

  @Test
  void yieldsAtLeastOneTitle() {
    assertFalse(readAll(createSource()).isEmpty());
  }

  @Test
  void everyPassYieldsTheSameTitlesInTheSameOrder() {
    CatalogSource source = createSource();
    assertEquals(readAll(source), readAll(source));
  }

  @Test
  void titleIdsAreDistinct() {
    Set<ContentId> seen = new HashSet<>();
    for (ContentItem item : readAll(createSource())) {
      assertTrue(seen.add(item.id()), () -> "duplicate title " + item.id());
    }
  }

  @Test
  void moviesHaveNoSeasonsAndShowsNoMinutes() {
    for (ContentItem item : readAll(createSource())) {
      if (item.type() == ContentType.MOVIE) {
        assertTrue(item.seasons().isEmpty(), item::toString);
      } else {
        assertTrue(item.durationMinutes().isEmpty(), item::toString);
      }
    }
  }

  @Test
  void aStreamCanBeClosedBeforeItIsExhausted() {
    CatalogSource source = createSource();
    try (Stream<ContentItem> items = source.items()) {
      assertTrue(items.findFirst().isPresent());
    }
    assertFalse(readAll(source).isEmpty());
  }
}

package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenreMappingTest {

  @Test
  void linksAreSortedAndLookedUpByFavouriteName() {
    GenreMapping m = new GenreMapping(Map.of("b", Set.of("B1"), "a", Set.of("A2", "A1")));
    assertEquals(List.of("a", "b"), List.copyOf(m.links().keySet()));
    assertEquals(Set.of("A1", "A2"), m.catalogGenres("a"));
    assertEquals(Set.of(), m.catalogGenres("zzz"));
  }

  @Test
  void unlinkedNamesTheFavouritesWithNoGenreInTheCatalog() {
    GenreMapping m = new GenreMapping(Map.of("a", Set.of("A"), "b", Set.of("B")));
    assertEquals(List.of("b"), m.unlinked(Set.of("A", "C")));
  }

  @Test
  void theNetflixMappingLinksAllSevenFavouriteGenres() {
    assertEquals(7, GenreMapping.NETFLIX.links().size());
  }

  @Test
  void blankNamesAndEmptyLinksAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new GenreMapping(Map.of(" ", Set.of("A"))));
    assertThrows(IllegalArgumentException.class, () -> new GenreMapping(Map.of("a", Set.of())));
  }
}

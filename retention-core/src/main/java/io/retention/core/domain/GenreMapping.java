package io.retention.core.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Links the genre names customers give as a favourite to the genre names of a content catalog. A
 * plain join by name links nothing between the Netflix churn table's seven genres and the Netflix
 * titles catalog's 42 genres, so the link is explicit and configurable.
 *
 * @param links catalog genres by favourite-genre name
 */
public record GenreMapping(Map<String, Set<String>> links) {

  /**
   * The seven favourite genres of the Netflix churn table linked to the movie and TV genres of the
   * Netflix titles catalog.
   */
  public static final GenreMapping NETFLIX =
      new GenreMapping(
          Map.of(
              "Action", Set.of("Action & Adventure", "TV Action & Adventure"),
              "Comedy",
                  Set.of(
                      "Comedies", "TV Comedies", "Stand-Up Comedy", "Stand-Up Comedy & Talk Shows"),
              "Documentary", Set.of("Documentaries", "Docuseries", "Science & Nature TV"),
              "Drama", Set.of("Dramas", "TV Dramas"),
              "Horror", Set.of("Horror Movies", "TV Horror"),
              "Romance", Set.of("Romantic Movies", "Romantic TV Shows"),
              "Sci-Fi", Set.of("Sci-Fi & Fantasy", "TV Sci-Fi & Fantasy")));

  /** Copies the links in sorted order and checks that no name is blank or unlinked. */
  public GenreMapping {
    Map<String, Set<String>> copy = new TreeMap<>();
    links.forEach(
        (favourite, catalog) -> {
          if (favourite.isBlank() || catalog.isEmpty()) {
            throw new IllegalArgumentException(
                "genre '" + favourite + "' must have a name and at least one catalog genre");
          }
          copy.put(favourite, Set.copyOf(new TreeSet<>(catalog)));
        });
    links = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The catalog genres a favourite genre links to.
   *
   * @param favourite the customer's favourite genre
   * @return the linked catalog genres, empty when the name is not mapped
   */
  public Set<String> catalogGenres(String favourite) {
    return links.getOrDefault(favourite, Set.of());
  }

  /**
   * The favourite genres whose links name no genre of a catalog: a mapping that does not fit the
   * catalog it is used with.
   *
   * @param catalogGenres every genre the catalog uses
   * @return the favourite genres with no link into the catalog, sorted
   */
  public List<String> unlinked(Set<String> catalogGenres) {
    return links.entrySet().stream()
        .filter(e -> e.getValue().stream().noneMatch(catalogGenres::contains))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}

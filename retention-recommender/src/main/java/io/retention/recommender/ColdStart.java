package io.retention.recommender;

import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recommendations for a customer with no liked title: the most popular titles of their favourite
 * genre (through a {@link GenreMapping}), then the most popular titles overall. Thread-safe; it
 * remembers which titles belong to the genre sets it meets.
 */
final class ColdStart {
  private static final int GENRE_SETS_REMEMBERED = 256;

  private final ContentIndex index;
  private final double[] popularity;
  private final Optional<String> favouriteAttribute;
  private final GenreMapping genres;
  private final Candidates candidates;

  /**
   * Which titles belong to a set of catalog genres, per set met in cold starts (a favourite genre
   * maps to one set), remembered up to {@value #GENRE_SETS_REMEMBERED} sets. The arrays are never
   * changed once made.
   */
  private final Map<Set<String>, boolean[]> titlesInGenres = new ConcurrentHashMap<>();

  /**
   * Cold starts over a catalog.
   *
   * @param index the catalog's TF-IDF index
   * @param popularity the popularity of every title position, in [0, 1]
   * @param favouriteAttribute the customers' favourite-genre attribute, if the schema has one
   * @param genres the link from favourite genres to catalog genres
   * @param candidates picks the best titles
   */
  ColdStart(
      ContentIndex index,
      double[] popularity,
      Optional<String> favouriteAttribute,
      GenreMapping genres,
      Candidates candidates) {
    this.index = index;
    this.popularity = popularity;
    this.favouriteAttribute = favouriteAttribute;
    this.genres = genres;
    this.candidates = candidates;
  }

  /**
   * The n most popular unseen titles, those of the customer's favourite genre first.
   *
   * @param customer the customer
   * @param n how many titles
   * @param seen the positions of the titles they have seen
   * @return the recommendations, each with its reason
   */
  List<Recommendation> recommend(Customer customer, int n, int[] seen) {
    Optional<String> favourite = favouriteAttribute.flatMap(customer::categoricalValue);
    Set<String> linked = favourite.map(genres::catalogGenres).orElse(Set.of());
    boolean[] inGenre = titlesIn(linked);
    double[] genreFirst = new double[index.size()];
    for (int i = 0; i < genreFirst.length; i++) {
      genreFirst[i] = popularity[i] + (inGenre[i] ? 1.0 : 0.0); // popularity lies in [0, 1]
    }
    List<Recommendation> out = new ArrayList<>();
    for (int i : candidates.top(genreFirst, seen, n)) {
      ContentItem item = index.item(i);
      out.add(
          new Recommendation(
              item.id(),
              item.title(),
              popularity[i],
              inGenre[i]
                  ? "matches your favourite genre " + favourite.orElseThrow()
                  : "popular with viewers"));
    }
    return out;
  }

  /** Which titles have at least one of the genres, remembered for the sets met first. */
  private boolean[] titlesIn(Set<String> linked) {
    boolean[] known = titlesInGenres.get(linked);
    if (known != null) {
      return known;
    }
    boolean[] in = new boolean[index.size()];
    if (!linked.isEmpty()) {
      for (int i = 0; i < in.length; i++) {
        for (String g : index.item(i).genres()) {
          if (linked.contains(g)) {
            in[i] = true;
            break;
          }
        }
      }
    }
    if (titlesInGenres.size() < GENRE_SETS_REMEMBERED) {
      titlesInGenres.putIfAbsent(linked, in);
    }
    return in;
  }
}

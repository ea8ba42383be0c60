package io.retention.features;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What customers watched, up to a snapshot: the diversity of the genres (Shannon entropy in bits
 * over the genre labels of every watched title), the share of watches that were movies, and the
 * most watched genre (ties broken by name). Watches of titles missing from the catalog are skipped.
 * Immutable and thread-safe.
 */
public final class WatchHistory {
  /** The numeric attribute with the genre entropy. */
  public static final String GENRE_ENTROPY = "watched_genre_entropy";

  /** The numeric attribute with the movie share. */
  public static final String MOVIE_SHARE = "watched_movie_share";

  /** The categorical attribute with the primary genre. */
  public static final String PRIMARY_GENRE = "primary_genre";

  private final Map<ContentId, ContentItem> catalog;

  /**
   * Indexes a catalog.
   *
   * @param catalog the titles, with distinct ids
   */
  public WatchHistory(List<ContentItem> catalog) {
    this.catalog =
        catalog.stream()
            .collect(Collectors.toUnmodifiableMap(ContentItem::id, Function.identity()));
  }

  /**
   * One customer's viewing profile.
   *
   * @param genreEntropy Shannon entropy of the watched genres, in bits
   * @param movieShare share of watched titles that were movies
   * @param primaryGenre the most watched genre
   * @param watches how many watches were counted
   */
  public record Profile(double genreEntropy, double movieShare, String primaryGenre, long watches) {
    /** Checks the fields. */
    public Profile {
      Objects.requireNonNull(primaryGenre, "primaryGenre");
    }
  }

  /**
   * Profiles every customer with a watch of a known title at or before the snapshot.
   *
   * @param events activity events, in any order; only {@link EventType#WATCH} events count
   * @param snapshot later events are ignored
   * @return profiles by customer id
   */
  public Map<CustomerId, Profile> profiles(Stream<ActivityEvent> events, Instant snapshot) {
    Map<CustomerId, Map<String, Long>> genres = new HashMap<>();
    Map<CustomerId, long[]> counts = new HashMap<>(); // [watches, movies]
    events.forEach(
        e -> {
          if (e.type() != EventType.WATCH || e.at().isAfter(snapshot) || e.content().isEmpty()) {
            return;
          }
          ContentItem item = catalog.get(e.content().get());
          if (item == null) {
            return;
          }
          long[] c = counts.computeIfAbsent(e.customer(), id -> new long[2]);
          c[0]++;
          c[1] += item.type() == ContentType.MOVIE ? 1 : 0;
          Map<String, Long> g = genres.computeIfAbsent(e.customer(), id -> new TreeMap<>());
          item.genres().forEach(name -> g.merge(name, 1L, Long::sum));
        });
    Map<CustomerId, Profile> out = new TreeMap<>();
    counts.forEach(
        (id, c) -> {
          Map<String, Long> g = genres.get(id);
          long total = g.values().stream().mapToLong(Long::longValue).sum();
          double entropy = 0.0;
          String primary = "";
          long best = 0;
          for (Map.Entry<String, Long> e : g.entrySet()) { // sorted by name: ties go to the first
            double p = e.getValue() / (double) total;
            entropy -= p * Math.log(p) / Math.log(2);
            if (e.getValue() > best) {
              best = e.getValue();
              primary = e.getKey();
            }
          }
          out.put(
              id,
              new Profile(
                  entropy + 0.0,
                  c[1] / (double) c[0],
                  primary.isEmpty() ? "(none)" : primary,
                  c[0]));
        });
    return out;
  }

  /**
   * Adds each customer's profile as attributes {@value #GENRE_ENTROPY}, {@value #MOVIE_SHARE} and
   * {@value #PRIMARY_GENRE}; customers without a profile are returned unchanged.
   *
   * @param customers the customers
   * @param profiles their profiles
   * @return the customers, in the same order
   */
  public static List<Customer> enrich(List<Customer> customers, Map<CustomerId, Profile> profiles) {
    return customers.stream()
        .map(
            c -> {
              Profile p = profiles.get(c.id());
              if (p == null) {
                return c;
              }
              Map<String, Double> numeric = new HashMap<>(c.numeric());
              numeric.put(GENRE_ENTROPY, p.genreEntropy());
              numeric.put(MOVIE_SHARE, p.movieShare());
              Map<String, String> categorical = new HashMap<>(c.categorical());
              categorical.put(PRIMARY_GENRE, p.primaryGenre());
              return new Customer(c.id(), numeric, categorical, c.label());
            })
        .toList();
  }
}

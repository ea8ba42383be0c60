package io.retention.recommender;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.EventType;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.Recommendation;
import io.retention.core.port.out.Recommender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Top-N titles for a customer, blending three signals (weights in {@link RecommenderConfig}):
 *
 * <ul>
 *   <li>content: the cosine similarity between a title's TF-IDF vector and the customer's profile,
 *       the sum of the vectors of the titles in their history, each weighted by how much they liked
 *       it (a watch counts 1, a rating r counts r / max when r is at least the minimum, else 0) and
 *       by recency (halving every half-life before the customer's latest interaction);
 *   <li>collaborative: the weighted mean, over the history, of item-item co-occurrence similarity;
 *   <li>popularity: log(1 + viewers) / log(1 + most viewers).
 * </ul>
 *
 * <p>Titles already seen are never recommended; ties go to the smaller content id. A customer with
 * no liked title gets the most popular titles of their favourite genre (through a {@link
 * GenreMapping}), then the most popular titles overall. Each recommendation carries its main
 * reason. Immutable once built and thread-safe.
 */
public final class HybridRecommender implements Recommender {
  private static final double SECONDS_PER_DAY = 86_400.0;

  private final ContentIndex index;
  private final ItemNeighbours neighbours;
  private final double[] popularity;
  private final Map<CustomerId, History> histories;
  private final Optional<String> favouriteAttribute;
  private final GenreMapping genres;
  private final RecommenderConfig config;

  /** A customer's interactions: every title seen, and the liked ones with their weights. */
  private record History(Set<Integer> seen, int[] liked, double[] weights) {}

  private HybridRecommender(
      ContentIndex index,
      ItemNeighbours neighbours,
      double[] popularity,
      Map<CustomerId, History> histories,
      Optional<String> favouriteAttribute,
      GenreMapping genres,
      RecommenderConfig config) {
    this.index = index;
    this.neighbours = neighbours;
    this.popularity = popularity;
    this.histories = histories;
    this.favouriteAttribute = favouriteAttribute;
    this.genres = genres;
    this.config = config;
  }

  /**
   * Builds a recommender from a catalog index and customers' watch and rating events.
   *
   * @param index the catalog's TF-IDF index
   * @param events watch and rating events; other types and titles not in the catalog are ignored
   * @param schema the customer layout (its favourite-genre role serves cold starts)
   * @param genres the link from favourite genres to catalog genres
   * @param config the blend
   * @return the recommender
   */
  public static HybridRecommender build(
      ContentIndex index,
      List<ActivityEvent> events,
      CustomerSchema schema,
      GenreMapping genres,
      RecommenderConfig config) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(genres, "genres");
    Objects.requireNonNull(config, "config");
    Map<CustomerId, List<ActivityEvent>> byCustomer = new LinkedHashMap<>();
    for (ActivityEvent e : events) {
      if ((e.type() == EventType.WATCH || e.type() == EventType.RATING)
          && e.content().flatMap(index::position).isPresent()) {
        byCustomer.computeIfAbsent(e.customer(), id -> new ArrayList<>()).add(e);
      }
    }
    Map<CustomerId, History> histories = new HashMap<>();
    int[] viewers = new int[index.size()];
    List<int[]> coOccurrence = new ArrayList<>();
    byCustomer.forEach(
        (id, list) -> {
          History h = history(index, list, config);
          histories.put(id, h);
          int[] seen = h.seen().stream().mapToInt(Integer::intValue).sorted().toArray();
          coOccurrence.add(seen);
          for (int i : seen) {
            viewers[i]++;
          }
        });
    double max = Arrays.stream(viewers).max().orElse(0);
    double[] popularity = new double[viewers.length];
    for (int i = 0; i < viewers.length; i++) {
      popularity[i] = max == 0 ? 0.0 : Math.log1p(viewers[i]) / Math.log1p(max);
    }
    return new HybridRecommender(
        index,
        ItemNeighbours.build(index.size(), coOccurrence, config.neighbours()),
        popularity,
        Map.copyOf(histories),
        schema.attribute(AttributeRole.FAVOURITE_GENRE),
        genres,
        config);
  }

  private static History history(
      ContentIndex index, List<ActivityEvent> events, RecommenderConfig config) {
    long latest = events.stream().mapToLong(e -> e.at().getEpochSecond()).max().orElse(0);
    Map<Integer, Double> liked = new HashMap<>();
    Set<Integer> seen = new java.util.HashSet<>();
    for (ActivityEvent e : events) {
      int item = index.position(e.content().orElseThrow()).orElseThrow();
      seen.add(item);
      double like =
          e.type() == EventType.WATCH
              ? 1.0
              : e.amount() >= config.minRating() ? e.amount() / config.maxRating() : 0.0;
      double ageDays = (latest - e.at().getEpochSecond()) / SECONDS_PER_DAY;
      double weight = like * Math.pow(0.5, ageDays / config.halfLifeDays());
      if (weight > 0) {
        liked.merge(item, weight, Math::max);
      }
    }
    int[] items = liked.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] weights = Arrays.stream(items).mapToDouble(liked::get).toArray();
    return new History(Set.copyOf(seen), items, weights);
  }

  /**
   * The same catalog index, histories and neighbours with another blend (cheap: nothing is
   * recomputed). The neighbour count of the new configuration is ignored.
   *
   * @param other the blend to use
   * @return the re-weighted recommender
   */
  public HybridRecommender withConfig(RecommenderConfig other) {
    return new HybridRecommender(
        index, neighbours, popularity, histories, favouriteAttribute, genres, other);
  }

  @Override
  public List<Recommendation> recommend(Customer customer, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, got " + n);
    }
    History h = histories.get(customer.id());
    if (h == null || h.liked().length == 0) {
      return coldStart(customer, n, h == null ? Set.of() : h.seen());
    }
    double[] content = contentScores(h);
    double[] collaborative = collaborativeScores(h);
    double[] score = new double[index.size()];
    for (int i = 0; i < score.length; i++) {
      score[i] =
          config.content() * content[i]
              + config.collaborative() * collaborative[i]
              + config.popularity() * popularity[i];
    }
    List<Integer> picked = pick(score, h.seen(), n);
    List<Recommendation> out = new ArrayList<>(picked.size());
    for (int i : picked) {
      out.add(
          new Recommendation(
              index.item(i).id(),
              index.item(i).title(),
              score[i],
              reason(i, h, content[i], collaborative[i])));
    }
    return out;
  }

  private double[] contentScores(History h) {
    double[] profile = new double[index.vocabularySize()];
    java.util.BitSet touched = new java.util.BitSet();
    for (int k = 0; k < h.liked().length; k++) {
      index.addTo(h.liked()[k], h.weights()[k], profile);
      for (int t : index.termsOf(h.liked()[k])) {
        touched.set(t);
      }
    }
    return index.cosines(profile, touched.stream().toArray());
  }

  private double[] collaborativeScores(History h) {
    double[] out = new double[index.size()];
    double total = 0.0;
    for (int k = 0; k < h.liked().length; k++) {
      double w = h.weights()[k];
      total += w;
      int[] near = neighbours.neighbours(h.liked()[k]);
      double[] sims = neighbours.similarities(h.liked()[k]);
      for (int c = 0; c < near.length; c++) {
        out[near[c]] += w * sims[c];
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= total;
    }
    return out;
  }

  /** The best n unseen titles, re-ranked for diversity when configured. */
  private List<Integer> pick(double[] score, Set<Integer> seen, int n) {
    int pool = config.diversity() < 1.0 ? 5 * n : n;
    List<Integer> candidates = top(score, seen, pool);
    if (config.diversity() >= 1.0) {
      return candidates;
    }
    double lambda = config.diversity();
    List<Integer> chosen = new ArrayList<>();
    List<Integer> left = new ArrayList<>(candidates);
    while (chosen.size() < n && !left.isEmpty()) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int c : left) {
        double redundancy = 0.0;
        for (int s : chosen) {
          redundancy = Math.max(redundancy, index.cosine(c, s));
        }
        double value = lambda * score[c] - (1.0 - lambda) * redundancy;
        if (value > bestValue) { // candidates come in rank order, so ties keep the better-ranked
          bestValue = value;
          best = c;
        }
      }
      chosen.add(best);
      left.remove(Integer.valueOf(best));
    }
    return chosen;
  }

  /**
   * The n best unseen titles by score, ties to the smaller id: one pass with an insertion-sorted
   * array of size n, no boxing.
   */
  private List<Integer> top(double[] score, Set<Integer> seen, int n) {
    boolean[] skip = new boolean[score.length];
    for (int i : seen) {
      skip[i] = true;
    }
    int[] best = new int[n];
    int size = 0;
    for (int i = 0; i < score.length; i++) {
      if (skip[i] || (size == n && !better(score, i, best[n - 1]))) {
        continue;
      }
      int pos = size < n ? size++ : n - 1;
      while (pos > 0 && better(score, i, best[pos - 1])) {
        best[pos] = best[pos - 1];
        pos--;
      }
      best[pos] = i;
    }
    List<Integer> out = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      out.add(best[k]);
    }
    return out;
  }

  /** Whether title a ranks above title b: a higher score, or an equal score and a smaller id. */
  private boolean better(double[] score, int a, int b) {
    int c = Double.compare(score[a], score[b]);
    return c != 0 ? c > 0 : index.item(a).id().compareTo(index.item(b).id()) < 0;
  }

  private String reason(int item, History h, double content, double collaborative) {
    double c = config.content() * content;
    double cf = config.collaborative() * collaborative;
    double p = config.popularity() * popularity[item];
    if (c >= cf && c >= p && content > 0) {
      int because = h.liked()[0];
      double best = -1;
      for (int k = 0; k < h.liked().length; k++) {
        double s = h.weights()[k] * index.cosine(h.liked()[k], item);
        if (s > best) {
          best = s;
          because = h.liked()[k];
        }
      }
      return "because you watched " + index.item(because).title();
    }
    if (cf >= p && collaborative > 0) {
      return "popular with viewers like you";
    }
    return "popular with viewers";
  }

  private List<Recommendation> coldStart(Customer customer, int n, Set<Integer> seen) {
    Optional<String> favourite = favouriteAttribute.flatMap(customer::categoricalValue);
    Set<String> linked = favourite.map(genres::catalogGenres).orElse(Set.of());
    double[] genreFirst = new double[index.size()];
    boolean[] inGenre = new boolean[index.size()];
    for (int i = 0; i < genreFirst.length; i++) {
      inGenre[i] = index.item(i).genres().stream().anyMatch(linked::contains);
      genreFirst[i] = popularity[i] + (inGenre[i] ? 1.0 : 0.0); // popularity lies in [0, 1]
    }
    List<Recommendation> out = new ArrayList<>();
    for (int i : top(genreFirst, seen, n)) {
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

  /**
   * Whether the recommender knows a customer's history.
   *
   * @param customer the customer id
   * @return true when the customer has at least one watch or rating of a catalog title
   */
  public boolean knows(CustomerId customer) {
    return histories.containsKey(customer);
  }

  /**
   * The titles a customer has already seen, which are never recommended to them.
   *
   * @param customer the customer id
   * @return their content ids, in id order
   */
  public List<ContentId> seen(CustomerId customer) {
    History h = histories.get(customer);
    return h == null ? List.of() : h.seen().stream().map(i -> index.item(i).id()).sorted().toList();
  }
}

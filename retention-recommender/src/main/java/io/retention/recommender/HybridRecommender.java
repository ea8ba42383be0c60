package io.retention.recommender;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.EventType;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.Recommendation;
import io.retention.core.port.out.Recommender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

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
  private final ContentIndex index;
  private final ItemNeighbours neighbours;
  private final double[] popularity;
  private final CustomerTable customers;
  private final int[][] seen; // by customer number: positions of every title seen, ascending
  private final int[][] liked; // by customer number: the liked positions, ascending
  private final double[][] weights; // by customer number: aligned with liked
  private final Optional<String> favouriteAttribute;
  private final GenreMapping genres;
  private final RecommenderConfig config;

  private final Candidates candidates;
  private final ContentSimilarity contentSimilarity;
  private final ColdStart coldStart;

  private HybridRecommender(
      ContentIndex index,
      ItemNeighbours neighbours,
      double[] popularity,
      CustomerTable customers,
      int[][] seen,
      int[][] liked,
      double[][] weights,
      Optional<String> favouriteAttribute,
      GenreMapping genres,
      RecommenderConfig config) {
    this.index = index;
    this.neighbours = neighbours;
    this.popularity = popularity;
    this.customers = customers;
    this.seen = seen;
    this.liked = liked;
    this.weights = weights;
    this.favouriteAttribute = favouriteAttribute;
    this.genres = genres;
    this.config = config;
    this.candidates = new Candidates(index);
    this.contentSimilarity = new ContentSimilarity(index);
    this.coldStart = new ColdStart(index, popularity, favouriteAttribute, genres, candidates);
  }

  /**
   * Builds a recommender from a catalog index and customers' watch and rating events, in any order
   * (the result does not depend on it).
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
      Iterable<ActivityEvent> events,
      CustomerSchema schema,
      GenreMapping genres,
      RecommenderConfig config) {
    Builder builder = builder(index, schema, genres, config);
    for (ActivityEvent e : events) {
      builder.add(e);
    }
    return builder.build();
  }

  /**
   * A builder that takes events one at a time, so that they can be streamed from a source rather
   * than held in memory: {@code try (Stream<ActivityEvent> s = source.events()) {
   * s.forEachOrdered(builder::add); }}, then {@link Builder#build()}.
   *
   * @param index the catalog's TF-IDF index
   * @param schema the customer layout (its favourite-genre role serves cold starts)
   * @param genres the link from favourite genres to catalog genres
   * @param config the blend
   * @return an empty builder
   */
  public static Builder builder(
      ContentIndex index, CustomerSchema schema, GenreMapping genres, RecommenderConfig config) {
    return new Builder(index, schema, genres, config);
  }

  /**
   * Collects watch and rating events, in any order, into compact per-customer histories, and builds
   * the recommender from them.
   *
   * <p>Memory: per customer one array that holds, for each distinct title, the time and liking of
   * its interaction (16 bytes); repeated interactions with the same title keep only those that can
   * still give the title's largest recency-weighted liking, whatever the customer's latest
   * interaction turns out to be (a newer interaction liked at least as much replaces an older one).
   * Events of one customer arriving together keep the arrays trimmed. The events themselves are not
   * kept.
   *
   * <p>Not thread-safe: add from one thread (a parallel stream must use {@code forEachOrdered}).
   * The recommender it builds is immutable and thread-safe.
   */
  public static final class Builder {
    private static final int FIRST_CAPACITY = 16; // longs: 8 interactions

    /** Keeps the low half of an interaction's second long: its like index. */
    static final long ITEM_MASK = 0xFFFF_FFFFL;

    private final ContentIndex index;
    private final CustomerSchema schema;
    private final GenreMapping genres;
    private final RecommenderConfig config;
    private final CustomerTable customers = new CustomerTable();
    private final LikeValues likes = new LikeValues();
    // by customer number, pairs of longs: epoch second, then (title position << 32 | like index)
    private long[][] interactions = new long[FIRST_CAPACITY][];
    private int[] used = new int[FIRST_CAPACITY];
    private int current = -1;
    private boolean built;

    private Builder(
        ContentIndex index, CustomerSchema schema, GenreMapping genres, RecommenderConfig config) {
      this.index = Objects.requireNonNull(index, "index");
      this.schema = Objects.requireNonNull(schema, "schema");
      this.genres = Objects.requireNonNull(genres, "genres");
      this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Adds one event; events that are neither watches nor ratings, or about no catalog title, are
     * ignored.
     *
     * @param e the event
     * @return this builder
     * @throws IllegalStateException after {@link #build()}
     */
    public Builder add(ActivityEvent e) {
      Objects.requireNonNull(e, "event");
      if (built) {
        throw new IllegalStateException("the recommender was already built");
      }
      if (e.type() != EventType.WATCH && e.type() != EventType.RATING) {
        return this;
      }
      Optional<Integer> position = e.content().flatMap(index::position);
      if (position.isEmpty()) {
        return this;
      }
      int item = position.get();
      double like =
          e.type() == EventType.WATCH
              ? 1.0
              : e.amount() >= config.minRating() ? e.amount() / config.maxRating() : 0.0;
      // a liking that is not positive never counts (its weight is not > 0): the title is only seen
      int likeIndex = likes.indexOf(like > 0.0 ? like : 0.0);
      double likeValue = likes.value(likeIndex);
      long at = e.at().getEpochSecond();
      int c = customers.add(e.customer());
      if (c != current) {
        if (current >= 0) {
          trim(current);
        }
        current = c;
        if (c == interactions.length) {
          interactions = Arrays.copyOf(interactions, 2 * c);
          used = Arrays.copyOf(used, 2 * c);
        }
      }
      long[] list = interactions[c];
      int size = used[c];
      for (int k = 0; k < size; k += 2) {
        if ((int) (list[k + 1] >>> 32) != item) {
          continue;
        }
        double otherLike = likes.value((int) (list[k + 1] & ITEM_MASK));
        if (list[k] >= at && otherLike >= likeValue) {
          return this; // an interaction as recent and liked as much is already there
        }
        if (at >= list[k] && likeValue >= otherLike) {
          list[k] = list[size - 2]; // this one replaces it: move the last pair into its place
          list[k + 1] = list[size - 1];
          size -= 2;
          k -= 2;
        }
      }
      if (list == null) {
        list = new long[FIRST_CAPACITY];
      } else if (size == list.length) {
        list = Arrays.copyOf(list, list.length + Math.max(2, (list.length / 4) & ~1));
      }
      list[size] = at;
      list[size + 1] = ((long) item << 32) | likeIndex;
      interactions[c] = list;
      used[c] = size + 2;
      return this;
    }

    /**
     * Gives back a finished customer's spare room when it is more than half what they use (a first
     * array barely used); the room left by growing by a quarter is kept, so that a customer whose
     * events come back later is not copied twice per event.
     */
    private void trim(int c) {
      long[] list = interactions[c];
      if (list.length - used[c] > used[c] / 2) {
        interactions[c] = Arrays.copyOf(list, used[c]);
      }
    }

    /**
     * Builds the recommender: each customer's history (titles seen; titles liked, weighted by how
     * much and how recently relative to their own latest interaction), title popularity and
     * item-item neighbours. The builder cannot be used afterwards (its memory goes to the
     * recommender).
     *
     * @return the recommender
     * @throws IllegalStateException when called twice
     */
    public HybridRecommender build() {
      if (built) {
        throw new IllegalStateException("the recommender was already built");
      }
      built = true;
      int n = customers.size();
      int[][] seen = new int[n][];
      int[][] liked = new int[n][];
      double[][] weights = new double[n][];
      long[][] all = interactions;
      int[] sizes = used;
      interactions = null;
      used = null;
      IntStream.range(0, n)
          .parallel()
          .forEach(
              c -> {
                History h = History.of(all[c], sizes[c], likes, config.halfLifeDays());
                all[c] = null; // free as we go
                seen[c] = h.seen();
                liked[c] = h.liked();
                weights[c] = h.weights();
              });
      return new HybridRecommender(
          index,
          ItemNeighbours.build(index.size(), Arrays.asList(seen), config.neighbours()),
          Popularity.of(index.size(), seen),
          customers.freeze(),
          seen,
          liked,
          weights,
          schema.attribute(AttributeRole.FAVOURITE_GENRE),
          genres,
          config);
    }
  }

  /**
   * The same catalog index, histories and neighbours with another blend (cheap: nothing is
   * recomputed). Only the blend weights of the new configuration are used: the neighbour count, the
   * half-life and the rating range shaped the histories and neighbours when they were built.
   *
   * @param other the blend to use
   * @return the re-weighted recommender
   */
  public HybridRecommender withConfig(RecommenderConfig other) {
    return new HybridRecommender(
        index,
        neighbours,
        popularity,
        customers,
        seen,
        liked,
        weights,
        favouriteAttribute,
        genres,
        Objects.requireNonNull(other, "other"));
  }

  @Override
  public List<Recommendation> recommend(Customer customer, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, got " + n);
    }
    int c = customers.find(customer.id());
    if (c < 0 || liked[c].length == 0) {
      return coldStart.recommend(customer, n, c < 0 ? History.NONE : seen[c]);
    }
    History h = new History(seen[c], liked[c], weights[c]);
    double[] content = contentSimilarity.scores(h);
    double[] collaborative = collaborativeScores(h);
    double[] score = new double[index.size()];
    for (int i = 0; i < score.length; i++) {
      score[i] =
          config.content() * content[i]
              + config.collaborative() * collaborative[i]
              + config.popularity() * popularity[i];
    }
    List<Integer> picked = candidates.pick(score, h.seen(), n, config.diversity());
    List<Recommendation> out = new ArrayList<>(picked.size());
    double[][] scratch = new double[1][]; // a vocabulary-sized vector, made when a reason needs it
    for (int i : picked) {
      out.add(
          new Recommendation(
              index.item(i).id(),
              index.item(i).title(),
              score[i],
              reason(i, h, content[i], collaborative[i], scratch)));
    }
    return out;
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

  private String reason(
      int item, History h, double content, double collaborative, double[][] scratch) {
    double c = config.content() * content;
    double cf = config.collaborative() * collaborative;
    double p = config.popularity() * popularity[item];
    if (c >= cf && c >= p && content > 0) {
      int because = contentSimilarity.closestLiked(item, h, scratch);
      return "because you watched " + index.item(because).title();
    }
    if (cf >= p && collaborative > 0) {
      return "popular with viewers like you";
    }
    return "popular with viewers";
  }

  /**
   * Whether the recommender knows a customer's history.
   *
   * @param customer the customer id
   * @return true when the customer has at least one watch or rating of a catalog title
   */
  public boolean knows(CustomerId customer) {
    return customers.find(customer) >= 0;
  }

  /**
   * The titles a customer has already seen, which are never recommended to them.
   *
   * @param customer the customer id
   * @return their content ids, in id order
   */
  public List<ContentId> seen(CustomerId customer) {
    int c = customers.find(customer);
    if (c < 0) {
      return List.of();
    }
    return Arrays.stream(seen[c]).mapToObj(i -> index.item(i).id()).sorted().toList();
  }
}

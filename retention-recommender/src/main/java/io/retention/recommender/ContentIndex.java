package io.retention.recommender;

import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * TF-IDF vectors of catalog titles. A title's terms are its genres, cast, directors, countries and
 * type as whole names and its description's words, each counted with its field's weight; a term's
 * weight is that count times the smoothed inverse document frequency ln((1 + N) / (1 + df)) + 1;
 * vectors are L2-normalised, so the dot product of two vectors is their cosine similarity.
 * Immutable and thread-safe.
 */
public final class ContentIndex {
  private final List<ContentItem> items;
  private final Map<ContentId, Integer> positions;
  private final int[][] terms; // per item, sorted term ids
  private final double[][] weights; // per item, L2-normalised weights aligned with terms
  private final int[][] postings; // per term, the items that have it, ascending
  private final double[][] postingWeights;
  private final List<String> vocabulary;

  private ContentIndex(List<ContentItem> items, FieldWeights fields) {
    this.items = List.copyOf(items);
    this.positions = new HashMap<>();
    for (int i = 0; i < this.items.size(); i++) {
      if (positions.put(this.items.get(i).id(), i) != null) {
        throw new IllegalArgumentException("title " + this.items.get(i).id() + " appears twice");
      }
    }
    List<Map<String, Double>> counts = new ArrayList<>(items.size());
    Map<String, Integer> documentFrequency = new TreeMap<>();
    for (ContentItem item : this.items) {
      Map<String, Double> c = termCounts(item, fields);
      counts.add(c);
      c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    this.vocabulary = List.copyOf(documentFrequency.keySet());
    Map<String, Integer> termIds = new HashMap<>();
    for (int t = 0; t < vocabulary.size(); t++) {
      termIds.put(vocabulary.get(t), t);
    }
    double n = this.items.size();
    double[] idf = new double[vocabulary.size()];
    for (int t = 0; t < idf.length; t++) {
      idf[t] = Math.log((1.0 + n) / (1.0 + documentFrequency.get(vocabulary.get(t)))) + 1.0;
    }
    this.terms = new int[this.items.size()][];
    this.weights = new double[this.items.size()][];
    int[] postingCounts = new int[vocabulary.size()];
    for (int i = 0; i < counts.size(); i++) {
      Map<String, Double> c = counts.get(i);
      int[] ids = c.keySet().stream().mapToInt(termIds::get).sorted().toArray();
      double[] w = new double[ids.length];
      double norm = 0.0;
      for (int k = 0; k < ids.length; k++) {
        w[k] = c.get(vocabulary.get(ids[k])) * idf[ids[k]];
        norm += w[k] * w[k];
        postingCounts[ids[k]]++;
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < w.length; k++) {
        w[k] /= norm;
      }
      terms[i] = ids;
      weights[i] = w;
    }
    this.postings = new int[vocabulary.size()][];
    this.postingWeights = new double[vocabulary.size()][];
    for (int t = 0; t < postings.length; t++) {
      postings[t] = new int[postingCounts[t]];
      postingWeights[t] = new double[postingCounts[t]];
    }
    int[] fill = new int[vocabulary.size()];
    for (int i = 0; i < terms.length; i++) {
      for (int k = 0; k < terms[i].length; k++) {
        int t = terms[i][k];
        postings[t][fill[t]] = i;
        postingWeights[t][fill[t]++] = weights[i][k];
      }
    }
  }

  /**
   * Indexes a catalog.
   *
   * @param catalog the titles, with distinct ids; at least one
   * @param fields the field weights
   * @return the index
   */
  public static ContentIndex build(List<ContentItem> catalog, FieldWeights fields) {
    Objects.requireNonNull(fields, "fields");
    if (catalog.isEmpty()) {
      throw new IllegalArgumentException("cannot index an empty catalog");
    }
    return new ContentIndex(catalog, fields);
  }

  private static Map<String, Double> termCounts(ContentItem item, FieldWeights f) {
    Map<String, Double> c = new LinkedHashMap<>();
    if (f.genres() > 0) {
      item.genres().forEach(g -> c.merge(Tokens.phrase("genre", g), f.genres(), Double::sum));
    }
    if (f.description() > 0) {
      Tokens.words(item.description()).forEach(w -> c.merge(w, f.description(), Double::sum));
    }
    if (f.cast() > 0) {
      item.cast().forEach(a -> c.merge(Tokens.phrase("cast", a), f.cast(), Double::sum));
    }
    if (f.directors() > 0) {
      item.directors()
          .forEach(d -> c.merge(Tokens.phrase("director", d), f.directors(), Double::sum));
    }
    if (f.countries() > 0) {
      item.countries()
          .forEach(k -> c.merge(Tokens.phrase("country", k), f.countries(), Double::sum));
    }
    if (f.type() > 0) {
      c.merge(
          "type:" + item.type().name().toLowerCase(java.util.Locale.ROOT), f.type(), Double::sum);
    }
    if (c.isEmpty()) {
      // A title with no usable text still needs a vector; its own id makes it similar to nothing.
      c.put("id:" + item.id().value(), 1.0);
    }
    return c;
  }

  int size() {
    return items.size();
  }

  ContentItem item(int position) {
    return items.get(position);
  }

  Optional<Integer> position(ContentId id) {
    return Optional.ofNullable(positions.get(id));
  }

  /** Cosine similarity of two titles by position. */
  double cosine(int a, int b) {
    int[] ta = terms[a];
    int[] tb = terms[b];
    double dot = 0.0;
    for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
      if (ta[i] == tb[j]) {
        dot += weights[a][i++] * weights[b][j++];
      } else if (ta[i] < tb[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /**
   * The cosine similarity of each of several titles to one title, equal bit for bit to {@link
   * #cosine(int, int) cosine(others[k], target)}: the target's vector is spread into a dense
   * scratch vector once, and each other title's terms are looked up in it in ascending term order,
   * the order in which {@code cosine} adds the products (the terms the target lacks add exact
   * zeros).
   *
   * @param target the title
   * @param others the titles to compare with it
   * @param scratch a vector of vocabulary size, all zeros; all zeros again on return
   * @return one cosine per other title
   */
  double[] cosinesTo(int target, int[] others, double[] scratch) {
    int[] tt = terms[target];
    double[] tw = weights[target];
    for (int k = 0; k < tt.length; k++) {
      scratch[tt[k]] = tw[k];
    }
    double[] out = new double[others.length];
    for (int o = 0; o < others.length; o++) {
      int[] ta = terms[others[o]];
      double[] wa = weights[others[o]];
      double dot = 0.0;
      for (int i = 0; i < ta.length; i++) {
        dot += wa[i] * scratch[ta[i]];
      }
      out[o] = dot;
    }
    for (int t : tt) {
      scratch[t] = 0.0;
    }
    return out;
  }

  /**
   * Adds {@code scale} times a title's vector into a dense profile vector.
   *
   * @param position the title
   * @param scale the weight
   * @param profile a vector of vocabulary size
   */
  void addTo(int position, double scale, double[] profile) {
    for (int k = 0; k < terms[position].length; k++) {
      profile[terms[position][k]] += scale * weights[position][k];
    }
  }

  int vocabularySize() {
    return vocabulary.size();
  }

  /**
   * Cosine similarity of a profile vector to every title, through the inverted index.
   *
   * @param profile a vector of vocabulary size
   * @param touchedTerms the term ids where the profile is not zero
   * @return one cosine per title (0 for titles sharing no term)
   */
  double[] cosines(double[] profile, int[] touchedTerms) {
    double norm = 0.0;
    for (int t : touchedTerms) {
      norm += profile[t] * profile[t];
    }
    double[] out = new double[items.size()];
    if (norm == 0.0) {
      return out;
    }
    norm = Math.sqrt(norm);
    for (int t : touchedTerms) {
      double p = profile[t] / norm;
      int[] post = postings[t];
      double[] w = postingWeights[t];
      for (int k = 0; k < post.length; k++) {
        out[post[k]] += p * w[k];
      }
    }
    return out;
  }

  /**
   * Terms of a title, for building profiles.
   *
   * @param position the title
   * @return its term ids
   */
  int[] termsOf(int position) {
    return terms[position];
  }

  /**
   * The titles most similar to one title by content.
   *
   * @param id the title
   * @param n how many at most
   * @return similar titles, most similar first, ties by id; the title itself excluded
   * @throws IllegalArgumentException if the title is not in the catalog
   */
  public List<SimilarTitle> similar(ContentId id, int n) {
    int p =
        position(id)
            .orElseThrow(
                () -> new IllegalArgumentException("title " + id + " is not in the catalog"));
    double[] profile = new double[vocabulary.size()];
    addTo(p, 1.0, profile);
    double[] cos = cosines(profile, terms[p]);
    Integer[] order = new Integer[items.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(cos[b], cos[a]);
          return c != 0 ? c : items.get(a).id().compareTo(items.get(b).id());
        });
    List<SimilarTitle> out = new ArrayList<>();
    for (int i = 0; i < order.length && out.size() < n; i++) {
      if (order[i] != p && cos[order[i]] > 0.0) {
        out.add(
            new SimilarTitle(items.get(order[i]).id(), items.get(order[i]).title(), cos[order[i]]));
      }
    }
    return out;
  }

  /**
   * A title similar to another.
   *
   * @param content the similar title
   * @param title its name
   * @param similarity the cosine similarity, in (0, 1]
   */
  public record SimilarTitle(ContentId content, String title, double similarity) {}
}

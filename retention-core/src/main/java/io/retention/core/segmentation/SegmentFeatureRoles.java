package io.retention.core.segmentation;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which features measure spend, engagement, recency and tenure, and which are favourite-genre
 * indicators: what segment names and profiles read from a segment's mean feature values.
 *
 * @param spend features whose higher values mean more money (the value axis)
 * @param engagement features whose higher values mean more use (the activity axis, counted for)
 * @param recency features whose higher values mean longer since the last activity (the activity
 *     axis, counted against)
 * @param tenure features whose higher values mean a longer relationship (no part of a name; it
 *     tells namesakes apart)
 * @param genreIndicators 0/1 features, one per favourite genre, named {@code attribute=genre}
 */
public record SegmentFeatureRoles(
    List<String> spend,
    List<String> engagement,
    List<String> recency,
    List<String> tenure,
    List<String> genreIndicators) {

  /** Copies the lists. */
  public SegmentFeatureRoles {
    spend = List.copyOf(spend);
    engagement = List.copyOf(engagement);
    recency = List.copyOf(recency);
    tenure = List.copyOf(tenure);
    genreIndicators = List.copyOf(genreIndicators);
  }

  /** The behavioural roles whose attributes the analysis clusters on, in this order. */
  private static final List<AttributeRole> CLUSTERING_ROLES =
      List.of(
          AttributeRole.USAGE,
          AttributeRole.DAILY_USAGE,
          AttributeRole.RECENCY,
          AttributeRole.FREQUENCY,
          AttributeRole.SPEND,
          AttributeRole.PROFILES,
          AttributeRole.TENURE);

  /**
   * The features the whole analysis clusters customers on: the numeric attributes with a
   * behavioural role (usage, daily usage, recency, frequency, spend, profiles, tenure, in that
   * order) that appear among the features; when fewer than two do, every numeric attribute among
   * the features.
   *
   * @param customers the customer layout
   * @param features the feature layout
   * @return the feature names, without repeats
   */
  public static List<String> clusteringFeatures(CustomerSchema customers, FeatureSchema features) {
    List<String> names = new ArrayList<>();
    for (AttributeRole role : CLUSTERING_ROLES) {
      customers
          .attribute(role)
          .filter(a -> features.names().contains(a) && !names.contains(a))
          .ifPresent(names::add);
    }
    if (names.size() < 2) {
      for (String a : customers.numericAttributes()) {
        if (features.names().contains(a) && !names.contains(a)) {
          names.add(a);
        }
      }
    }
    return names;
  }

  /**
   * Reads the roles from a customer schema and the feature names a pipeline produced. The rule: a
   * numeric attribute becomes the feature of the same name (as the tabular pipeline names them), so
   * spend is the {@link AttributeRole#SPEND} attribute; engagement is the {@link
   * AttributeRole#USAGE}, {@link AttributeRole#DAILY_USAGE} and {@link AttributeRole#FREQUENCY}
   * attributes; recency is the {@link AttributeRole#RECENCY} attribute; tenure is the {@link
   * AttributeRole#TENURE} attribute; and the genre indicators are the features named {@code
   * <favourite-genre attribute>=<genre>} (one-hot encoding). Roles whose attribute is not among the
   * features are left empty.
   *
   * @param customers the customer table's roles
   * @param features the features the segmentation sees
   * @return the roles
   */
  public static SegmentFeatureRoles from(CustomerSchema customers, FeatureSchema features) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(features, "features");
    List<String> genres = new ArrayList<>();
    Optional<String> genre = customers.attribute(AttributeRole.FAVOURITE_GENRE);
    if (genre.isPresent()) {
      String prefix = genre.get() + "=";
      for (String name : features.names()) {
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
          genres.add(name);
        }
      }
    }
    return new SegmentFeatureRoles(
        present(customers, features, AttributeRole.SPEND),
        present(
            customers,
            features,
            AttributeRole.USAGE,
            AttributeRole.DAILY_USAGE,
            AttributeRole.FREQUENCY),
        present(customers, features, AttributeRole.RECENCY),
        present(customers, features, AttributeRole.TENURE),
        genres);
  }

  /**
   * The genre a genre-indicator feature stands for: the part after the first {@code '='}.
   *
   * @param indicator a genre-indicator feature name
   * @return the genre
   */
  public static String genreOf(String indicator) {
    int eq = indicator.indexOf('=');
    return eq < 0 ? indicator : indicator.substring(eq + 1);
  }

  private static List<String> present(
      CustomerSchema customers, FeatureSchema features, AttributeRole... roles) {
    List<String> out = new ArrayList<>();
    for (AttributeRole role : roles) {
      customers.attribute(role).filter(features.names()::contains).ifPresent(out::add);
    }
    return out;
  }
}

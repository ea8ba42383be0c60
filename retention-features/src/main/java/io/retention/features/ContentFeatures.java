package io.retention.features;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.InputAttribute;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the catalog offers a customer's favourite genre, through a {@link GenreMapping}: how many
 * titles carry a linked genre, the share of them that are movies, their average maturity age and
 * their average release year. A customer whose favourite genre is missing or not mapped gets the
 * whole catalog's figures, and fit notes say how many training customers that concerned.
 */
public final class ContentFeatures implements FeaturePipeline {
  private static final FeatureSchema SCHEMA =
      FeatureSchema.of(
          "genre_titles_available",
          "genre_movie_share",
          "genre_avg_maturity_age",
          "genre_avg_release_year");

  private final String favourite;
  private final GenreMapping mapping;
  private final Map<String, double[]> byFavourite;
  private final double[] wholeCatalog;
  private final List<String> unlinked;

  /**
   * Precomputes the catalog figures of every mapped genre.
   *
   * @param schema the customer layout; it needs a favourite-genre role
   * @param catalog the titles
   * @param mapping the link from favourite genres to catalog genres
   */
  public ContentFeatures(CustomerSchema schema, List<ContentItem> catalog, GenreMapping mapping) {
    this.favourite =
        schema
            .attribute(AttributeRole.FAVOURITE_GENRE)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "content features need a FAVOURITE_GENRE attribute; schema '"
                            + schema.name()
                            + "' has none"));
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    if (catalog.isEmpty()) {
      throw new IllegalArgumentException("content features need a non-empty catalog");
    }
    Set<String> catalogGenres = new TreeSet<>();
    catalog.forEach(item -> catalogGenres.addAll(item.genres()));
    this.unlinked = mapping.unlinked(catalogGenres);
    this.wholeCatalog = figures(catalog, Set.of());
    this.byFavourite = new HashMap<>();
    mapping.links().forEach((name, genres) -> byFavourite.put(name, figures(catalog, genres)));
  }

  /** Count, movie share, mean maturity age and mean release year of titles with any of genres. */
  private static double[] figures(List<ContentItem> catalog, Set<String> genres) {
    long count = 0;
    long movies = 0;
    double ageSum = 0;
    long ages = 0;
    double yearSum = 0;
    long years = 0;
    for (ContentItem item : catalog) {
      if (!genres.isEmpty() && item.genres().stream().noneMatch(genres::contains)) {
        continue;
      }
      count++;
      movies += item.type() == ContentType.MOVIE ? 1 : 0;
      OptionalDouble age =
          item.maturityRating().map(MaturityRatings::age).orElse(OptionalDouble.empty());
      if (age.isPresent()) {
        ageSum += age.getAsDouble();
        ages++;
      }
      if (item.releaseYear().isPresent()) {
        yearSum += item.releaseYear().getAsInt();
        years++;
      }
    }
    return new double[] {
      count,
      count == 0 ? 0.0 : movies / (double) count,
      ages == 0 ? 0.0 : ageSum / ages,
      years == 0 ? 0.0 : yearSum / years
    };
  }

  @Override
  public FittedFeatures fit(List<Customer> training) {
    if (training.isEmpty()) {
      throw new IllegalArgumentException("cannot fit content features on no customers");
    }
    long unmapped =
        training.stream()
            .filter(c -> c.categoricalValue(favourite).map(byFavourite::get).isEmpty())
            .count();
    List<String> notes = new java.util.ArrayList<>();
    if (unmapped > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%d of %d training customers have no mapped favourite genre and get whole-catalog"
                  + " figures",
              unmapped,
              training.size()));
    }
    if (!unlinked.isEmpty()) {
      notes.add("favourite genres with no link into this catalog: " + unlinked);
    }
    return new Fitted(List.copyOf(notes));
  }

  /** Catalog figures are fixed at construction, so the fitted form only reads them. */
  private final class Fitted implements FittedFeatures {
    private final List<String> notes;

    Fitted(List<String> notes) {
      this.notes = notes;
    }

    @Override
    public FeatureSchema schema() {
      return SCHEMA;
    }

    @Override
    public FeatureVector transform(Customer customer) {
      double[] f = customer.categoricalValue(favourite).map(byFavourite::get).orElse(wholeCatalog);
      return FeatureVector.of(SCHEMA, f);
    }

    @Override
    public List<InputAttribute> inputs() {
      // A genre the catalog does not link to reads as the whole catalog: any level is accepted.
      return List.of(InputAttribute.categorical(favourite, true, List.of()));
    }

    @Override
    public List<FeatureDescription> describe() {
      String via = " of catalog titles with a genre linked to " + favourite + " by the mapping";
      List<String> sources = List.of(favourite);
      return List.of(
          new FeatureDescription(
              "genre_titles_available",
              sources,
              "count" + via,
              mapping.links().keySet().toString()),
          new FeatureDescription("genre_movie_share", sources, "share of movies" + via, ""),
          new FeatureDescription(
              "genre_avg_maturity_age",
              sources,
              "mean minimum viewer age of the ratings" + via,
              ""),
          new FeatureDescription("genre_avg_release_year", sources, "mean release year" + via, ""));
    }

    @Override
    public List<String> fitNotes() {
      return notes;
    }
  }
}

package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.FeaturePipelineContract;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.GenreMapping;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.testing.TestCustomers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentFeaturesTest extends FeaturePipelineContract {

  static final List<ContentItem> CATALOG =
      List.of(
          ContentItem.builder("s1", "Blast", ContentType.MOVIE)
              .genres(List.of("Action & Adventure"))
              .maturityRating("R")
              .releaseYear(2010)
              .durationMinutes(100)
              .build(),
          ContentItem.builder("s2", "Blast: the Series", ContentType.TV_SHOW)
              .genres(List.of("TV Action & Adventure", "TV Dramas"))
              .maturityRating("TV-14")
              .releaseYear(2020)
              .seasons(2)
              .build(),
          ContentItem.builder("s3", "Tears", ContentType.MOVIE)
              .genres(List.of("Dramas"))
              .maturityRating("NR")
              .build());

  private static final List<Customer> CUSTOMERS = TestCustomersSchemas.netflixLike(80);

  @Override
  protected FeaturePipeline createPipeline() {
    return new ContentFeatures(TestCustomersSchemas.NETFLIX_LIKE, CATALOG, GenreMapping.NETFLIX);
  }

  @Override
  protected List<Customer> customers() {
    return CUSTOMERS;
  }

  private static Customer fan(String genre) {
    return Customer.builder("f").categorical("genre", genre).build();
  }

  @Test
  void theFavouriteGenreReachesTheCatalogThroughTheMapping() {
    FittedFeatures f = createPipeline().fit(CUSTOMERS);
    FeatureVector action = f.transform(fan("Action"));
    assertEquals(2.0, action.get("genre_titles_available"));
    assertEquals(0.5, action.get("genre_movie_share"));
    assertEquals((17.0 + 14.0) / 2, action.get("genre_avg_maturity_age"));
    assertEquals(2015.0, action.get("genre_avg_release_year"));
    FeatureVector drama = f.transform(fan("Drama"));
    assertEquals(2.0, drama.get("genre_titles_available"));
    assertEquals(14.0, drama.get("genre_avg_maturity_age"), "NR has no age");
  }

  @Test
  void anUnmappedOrMissingGenreGetsWholeCatalogFiguresAndIsNoted() {
    FittedFeatures f = createPipeline().fit(List.of(fan("Western")));
    assertEquals(3.0, f.transform(fan("Western")).get("genre_titles_available"));
    assertEquals(3.0, f.transform(Customer.builder("n").build()).get("genre_titles_available"));
    assertTrue(
        f.fitNotes().get(0).startsWith("1 of 1 training customers"), f.fitNotes().toString());
  }

  @Test
  void aPlainNameJoinWouldLinkNothingButTheDefaultMappingLinksAllSevenGenres() {
    Set<String> catalogGenres =
        Set.of(
            "Action & Adventure",
            "Comedies",
            "Documentaries",
            "Dramas",
            "Horror Movies",
            "Romantic Movies",
            "Sci-Fi & Fantasy");
    List<String> favourites =
        List.of("Action", "Comedy", "Documentary", "Drama", "Horror", "Romance", "Sci-Fi");
    assertTrue(favourites.stream().noneMatch(catalogGenres::contains));
    assertEquals(favourites, List.copyOf(GenreMapping.NETFLIX.links().keySet()));
    assertEquals(List.of(), GenreMapping.NETFLIX.unlinked(catalogGenres));
  }

  @Test
  void theNotesNameGenresThatDoNotFitTheCatalog() {
    FittedFeatures f = createPipeline().fit(CUSTOMERS);
    assertTrue(
        f.fitNotes().stream()
            .anyMatch(n -> n.contains("no link into this catalog") && n.contains("Horror")),
        f.fitNotes().toString());
  }

  @Test
  void misuseIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ContentFeatures(TestCustomers.SMALL_SCHEMA, CATALOG, GenreMapping.NETFLIX));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ContentFeatures(
                TestCustomersSchemas.NETFLIX_LIKE, List.of(), GenreMapping.NETFLIX));
    assertThrows(IllegalArgumentException.class, () -> new GenreMapping(Map.of("x", Set.of())));
  }
}

package io.retention.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.CatalogSourceContract;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.GenreMapping;
import io.retention.core.port.out.CatalogSource;
import io.retention.recommender.ContentIndex;
import io.retention.recommender.FieldWeights;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCatalogTest extends CatalogSourceContract {
  private static final SyntheticCatalog CATALOG = new SyntheticCatalog(11);
  private static final List<ContentItem> TITLES = CATALOG.items().toList();

  @Override
  protected CatalogSource createSource() {
    return new SyntheticCatalog(200, 11);
  }

  @Test
  void theSameSeedGivesTheSameTitlesWhateverIsReadFirst() {
    assertEquals(TITLES, new SyntheticCatalog(11).items().toList());
    assertEquals(TITLES.get(1_234), new SyntheticCatalog(11).item(1_234));
    assertEquals(TITLES.subList(0, 100), new SyntheticCatalog(100, 11).items().toList());
    assertNotEquals(TITLES.subList(0, 100), new SyntheticCatalog(100, 12).items().toList());
  }

  @Test
  void theDefaultCatalogHasFifteenHundredTitlesAboutSeventyPercentMovies() {
    assertEquals(SyntheticCatalog.DEFAULT_SIZE, TITLES.size());
    double movies = TITLES.stream().filter(t -> t.type() == ContentType.MOVIE).count();
    double share = movies / TITLES.size();
    assertTrue(share > 0.66 && share < 0.74, "movie share " + share);
  }

  @Test
  void everyFavouriteGenreOfTheCustomersLinksToTheCatalogThroughTheNetflixMapping() {
    Set<String> genres =
        TITLES.stream().flatMap(t -> t.genres().stream()).collect(Collectors.toSet());
    assertEquals(List.of(), GenreMapping.NETFLIX.unlinked(genres));
    for (String favourite : SyntheticCustomers.GENRES) {
      assertTrue(GenreMapping.NETFLIX.links().containsKey(favourite), favourite);
    }
    for (ContentItem t : TITLES) {
      String first = t.genres().get(0);
      assertTrue(
          GenreMapping.NETFLIX.links().values().stream().anyMatch(s -> s.contains(first)),
          t::toString);
    }
  }

  @Test
  void thinCatalogGenresHaveFewerTitlesThanTheRest() {
    int[] perFavourite = new int[SyntheticCatalog.FAVOURITES.size()];
    for (int i = 0; i < CATALOG.size(); i++) {
      perFavourite[CATALOG.entry(i).favourite()]++;
    }
    int thinMax =
        Math.max(
            perFavourite[SyntheticCatalog.FAVOURITES.indexOf("Horror")],
            Math.max(
                perFavourite[SyntheticCatalog.FAVOURITES.indexOf("Sci-Fi")],
                perFavourite[SyntheticCatalog.FAVOURITES.indexOf("Documentary")]));
    int richMin =
        Math.min(
            perFavourite[SyntheticCatalog.FAVOURITES.indexOf("Drama")],
            Math.min(
                perFavourite[SyntheticCatalog.FAVOURITES.indexOf("Comedy")],
                perFavourite[SyntheticCatalog.FAVOURITES.indexOf("Action")]));
    assertTrue(thinMax < richMin, Arrays.toString(perFavourite));
  }

  @Test
  void fieldsAreCompleteAndWithinTheirRanges() {
    Set<String> ratings = Set.of("G", "PG", "PG-13", "R", "TV-14", "TV-MA", "TV-Y7", "TV-PG");
    for (ContentItem t : TITLES) {
      int year = t.releaseYear().orElseThrow();
      assertTrue(year >= 1950 && year <= SyntheticCatalog.LATEST_YEAR, t::toString);
      assertTrue(t.dateAdded().orElseThrow().getYear() >= Math.min(year, 2015), t::toString);
      assertTrue(t.dateAdded().orElseThrow().getYear() <= SyntheticCatalog.LATEST_YEAR);
      assertTrue(ratings.contains(t.maturityRating().orElseThrow()), t::toString);
      if (t.type() == ContentType.MOVIE) {
        int minutes = t.durationMinutes().orElseThrow();
        assertTrue(minutes >= 40 && minutes <= 200, t::toString);
        assertEquals(1, t.directors().size());
      } else {
        int seasons = t.seasons().orElseThrow();
        assertTrue(seasons >= 1 && seasons <= 9, t::toString);
      }
      assertTrue(t.cast().size() >= 3 && t.cast().size() <= 5, t::toString);
      assertEquals(t.cast().size(), new HashSet<>(t.cast()).size());
      assertTrue(!t.countries().isEmpty() && t.countries().size() <= 2);
      assertTrue(t.description().endsWith("."));
      assertTrue(t.id().value().matches("s[0-9]+"));
    }
  }

  @Test
  void releaseYearsAreSkewedTowardsRecentYears() {
    int[] years = TITLES.stream().mapToInt(t -> t.releaseYear().orElseThrow()).sorted().toArray();
    int median = years[years.length / 2];
    assertTrue(median >= SyntheticCatalog.LATEST_YEAR - 6, "median year " + median);
    long lastFive = Arrays.stream(years).filter(y -> y > SyntheticCatalog.LATEST_YEAR - 5).count();
    assertTrue(lastFive > years.length / 2, "titles of the last five years: " + lastFive);
  }

  @Test
  void descriptionsAloneMakeTitlesOfTheSameGenreNearestNeighbours() {
    FieldWeights descriptionOnly = new FieldWeights(0.0, 1.0, 0.0, 0.0, 0.0, 0.0);
    ContentIndex index = ContentIndex.build(TITLES, descriptionOnly);
    int same = 0;
    int total = 0;
    for (int i = 0; i < 100; i++) {
      int favourite = CATALOG.entry(i).favourite();
      for (ContentIndex.SimilarTitle s : index.similar(TITLES.get(i).id(), 5)) {
        int number = Integer.parseInt(s.content().value().substring(1)) - 1;
        same += CATALOG.entry(number).favourite() == favourite ? 1 : 0;
        total++;
      }
    }
    assertTrue(same >= 0.9 * total, same + " of " + total + " neighbours share the genre");
  }

  @Test
  void aCatalogNeedsATitleAndATitleNumberMustExist() {
    assertThrows(IllegalArgumentException.class, () -> new SyntheticCatalog(0, 1));
    assertThrows(IllegalArgumentException.class, () -> CATALOG.item(SyntheticCatalog.DEFAULT_SIZE));
  }
}

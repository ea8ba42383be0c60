package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentItemTest {

  private static ContentItem.Builder movie() {
    return ContentItem.builder("s1", "Dick Johnson Is Dead", ContentType.MOVIE);
  }

  private static ContentItem fullMovie() {
    return movie()
        .genres(List.of("Documentaries"))
        .maturityRating("PG-13")
        .releaseYear(2020)
        .durationMinutes(90)
        .description("A filmmaker stages her father's death.")
        .cast(List.of("Michael Hilow"))
        .directors(List.of("Kirsten Johnson"))
        .countries(List.of("United States"))
        .build();
  }

  @Test
  void aMinimalTitleHasOnlyIdTitleAndTypeKnown() {
    ContentItem item = movie().build();

    assertEquals(ContentId.of("s1"), item.id());
    assertEquals("Dick Johnson Is Dead", item.title());
    assertEquals(ContentType.MOVIE, item.type());
    assertEquals(List.of(), item.genres());
    assertEquals(Optional.empty(), item.maturityRating());
    assertEquals(OptionalInt.empty(), item.releaseYear());
    assertEquals(OptionalInt.empty(), item.durationMinutes());
    assertEquals(OptionalInt.empty(), item.seasons());
    assertEquals("", item.description());
    assertEquals(List.of(), item.cast());
    assertEquals(List.of(), item.directors());
    assertEquals(List.of(), item.countries());
    assertEquals(Optional.empty(), item.dateAdded());
  }

  @Test
  void theDateAddedIsKeptAndTakesPartInEquality() {
    java.time.LocalDate day = java.time.LocalDate.of(2021, 9, 25);
    ContentItem added = movie().dateAdded(day).build();
    assertEquals(Optional.of(day), added.dateAdded());
    assertEquals(added, movie().dateAdded(day).build());
    assertNotEquals(movie().build(), added);
  }

  @Test
  void aFullTitleKeepsEveryField() {
    ContentItem item = fullMovie();

    assertEquals(List.of("Documentaries"), item.genres());
    assertEquals(Optional.of("PG-13"), item.maturityRating());
    assertEquals(OptionalInt.of(2020), item.releaseYear());
    assertEquals(OptionalInt.of(90), item.durationMinutes());
    assertEquals("A filmmaker stages her father's death.", item.description());
    assertEquals(List.of("Michael Hilow"), item.cast());
    assertEquals(List.of("Kirsten Johnson"), item.directors());
    assertEquals(List.of("United States"), item.countries());
  }

  @Test
  void aShowKeepsItsSeasons() {
    ContentItem show =
        ContentItem.builder("s2", "Blood & Water", ContentType.TV_SHOW).seasons(2).build();

    assertEquals(ContentType.TV_SHOW, show.type());
    assertEquals(OptionalInt.of(2), show.seasons());
    assertEquals(OptionalInt.empty(), show.durationMinutes());
  }

  @Test
  void listsAreCopiedFromTheBuilderArguments() {
    List<String> genres = new ArrayList<>(List.of("Drama"));
    ContentItem item = movie().genres(genres).build();

    genres.add("Comedy");

    assertEquals(List.of("Drama"), item.genres());
    assertThrows(UnsupportedOperationException.class, () -> item.genres().add("Horror"));
    assertThrows(UnsupportedOperationException.class, () -> item.cast().add("Someone"));
  }

  @Test
  void titlesWithTheSameFieldsAreEqual() {
    assertEquals(fullMovie(), fullMovie());
    assertEquals(fullMovie().hashCode(), fullMovie().hashCode());
  }

  @Test
  void titlesDifferingInAnyFieldAreNotEqual() {
    ContentItem base = fullMovie();

    assertNotEquals(base, movie().build());
    assertNotEquals(
        base,
        ContentItem.builder("s1", "Dick Johnson Is Dead", ContentType.TV_SHOW)
            .genres(List.of("Documentaries"))
            .build());
    assertNotEquals(movie().build(), movie().maturityRating("R").build());
    assertNotEquals(movie().build(), movie().durationMinutes(91).build());
    assertNotEquals(movie().build(), movie().releaseYear(2020).build());
    assertNotEquals(movie().build(), movie().cast(List.of("x")).build());
    assertNotEquals(
        ContentItem.builder("t", "T", ContentType.TV_SHOW).seasons(1).build(),
        ContentItem.builder("t", "T", ContentType.TV_SHOW).seasons(2).build());
    assertNotEquals(movie().build(), movie().description("x").build());
    assertNotEquals(movie().build(), movie().directors(List.of("x")).build());
    assertNotEquals(movie().build(), movie().countries(List.of("x")).build());
    assertNotEquals(
        movie().build(),
        ContentItem.builder("s9", "Dick Johnson Is Dead", ContentType.MOVIE).build());
    assertNotEquals(movie().build(), (Object) "s1");
  }

  @Test
  void printsIdTitleTypeAndGenres() {
    assertEquals(
        "ContentItem[s1, Dick Johnson Is Dead, MOVIE, [Documentaries]]", fullMovie().toString());
  }

  @Test
  void requiresANonBlankIdAndTitleAndAType() {
    assertThrows(
        IllegalArgumentException.class, () -> ContentItem.builder(" ", "Title", ContentType.MOVIE));
    ContentItem.Builder blankTitle = ContentItem.builder("s1", " ", ContentType.MOVIE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, blankTitle::build);
    assertTrue(e.getMessage().contains("title"), e.getMessage());
    ContentItem.Builder noType = ContentItem.builder("s1", "Title", null);
    assertThrows(NullPointerException.class, noType::build);
  }

  @ParameterizedTest
  @ValueSource(ints = {1799, 3001, 0, -2020})
  void rejectsImplausibleReleaseYears(int year) {
    ContentItem.Builder b = movie();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.releaseYear(year));
    assertTrue(e.getMessage().contains(Integer.toString(year)), e.getMessage());
  }

  @Test
  void acceptsTheReleaseYearBounds() {
    assertEquals(OptionalInt.of(1800), movie().releaseYear(1800).build().releaseYear());
    assertEquals(OptionalInt.of(3000), movie().releaseYear(3000).build().releaseYear());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejectsNonPositiveDurationsAndSeasons(int count) {
    ContentItem.Builder b = movie();
    assertThrows(IllegalArgumentException.class, () -> b.durationMinutes(count));
    assertThrows(IllegalArgumentException.class, () -> b.seasons(count));
  }

  @Test
  void rejectsABlankMaturityRatingAndANullDescription() {
    ContentItem.Builder b = movie();
    assertThrows(IllegalArgumentException.class, () -> b.maturityRating(" "));
    assertThrows(NullPointerException.class, () -> b.description(null));
  }

  @Test
  void aMovieCannotHaveSeasonsNorATvShowADuration() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> ContentItem.builder("m", "M", ContentType.MOVIE).seasons(2).build());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> ContentItem.builder("t", "T", ContentType.TV_SHOW).durationMinutes(90).build());
  }
}

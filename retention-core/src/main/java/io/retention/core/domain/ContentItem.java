package io.retention.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A title in the content catalog.
 *
 * <p>Only the identifier, title and type are required; other fields may be unknown, as they often
 * are in real catalogs. Immutable and safe to share between threads; build one with {@link
 * #builder(String, String, ContentType)}.
 */
public final class ContentItem {
  private final ContentId id;
  private final String title;
  private final ContentType type;
  private final List<String> genres;
  private final String maturityRating;
  private final int releaseYear;
  private final int durationMinutes;
  private final int seasons;
  private final String description;
  private final List<String> cast;
  private final List<String> directors;
  private final List<String> countries;
  private final LocalDate dateAdded;

  private ContentItem(Builder b) {
    if (b.type == ContentType.MOVIE && b.seasons != 0) {
      throw new IllegalArgumentException("a movie has no seasons: " + b.title);
    }
    if (b.type == ContentType.TV_SHOW && b.durationMinutes != 0) {
      throw new IllegalArgumentException("a TV show has seasons, not a duration: " + b.title);
    }
    this.id = b.id;
    this.title = Checks.notBlank(b.title, "title");
    this.type = Objects.requireNonNull(b.type, "type");
    this.genres = List.copyOf(b.genres);
    this.maturityRating = b.maturityRating;
    this.releaseYear = b.releaseYear;
    this.durationMinutes = b.durationMinutes;
    this.seasons = b.seasons;
    this.description = Objects.requireNonNull(b.description, "description");
    this.cast = List.copyOf(b.cast);
    this.directors = List.copyOf(b.directors);
    this.countries = List.copyOf(b.countries);
    this.dateAdded = b.dateAdded;
  }

  /**
   * Starts a catalog title.
   *
   * @param id the identifier
   * @param title the title, not blank
   * @param type movie or TV show
   * @return a builder
   */
  public static Builder builder(String id, String title, ContentType type) {
    return new Builder(ContentId.of(id), title, type);
  }

  /**
   * The identifier.
   *
   * @return the id
   */
  public ContentId id() {
    return id;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Movie or TV show.
   *
   * @return the type
   */
  public ContentType type() {
    return type;
  }

  /**
   * The genres, in catalog order; empty when unknown.
   *
   * @return the genres
   */
  public List<String> genres() {
    return genres;
  }

  /**
   * The maturity rating (TV-MA, PG-13, …).
   *
   * @return the rating, or empty when unknown
   */
  public Optional<String> maturityRating() {
    return Optional.ofNullable(maturityRating);
  }

  /**
   * The release year.
   *
   * @return the year, or empty when unknown
   */
  public OptionalInt releaseYear() {
    return releaseYear == 0 ? OptionalInt.empty() : OptionalInt.of(releaseYear);
  }

  /**
   * A movie's running time.
   *
   * @return minutes, or empty for a TV show or when unknown
   */
  public OptionalInt durationMinutes() {
    return durationMinutes == 0 ? OptionalInt.empty() : OptionalInt.of(durationMinutes);
  }

  /**
   * A TV show's number of seasons.
   *
   * @return seasons, or empty for a movie or when unknown
   */
  public OptionalInt seasons() {
    return seasons == 0 ? OptionalInt.empty() : OptionalInt.of(seasons);
  }

  /**
   * The synopsis; empty when unknown.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The cast; empty when unknown.
   *
   * @return the cast
   */
  public List<String> cast() {
    return cast;
  }

  /**
   * The directors; empty when unknown.
   *
   * @return the directors
   */
  public List<String> directors() {
    return directors;
  }

  /**
   * The production countries; empty when unknown.
   *
   * @return the countries
   */
  public List<String> countries() {
    return countries;
  }

  /**
   * The day the title was added to the catalog.
   *
   * @return the date, or empty when unknown
   */
  public Optional<LocalDate> dateAdded() {
    return Optional.ofNullable(dateAdded);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentItem c
        && id.equals(c.id)
        && title.equals(c.title)
        && type == c.type
        && genres.equals(c.genres)
        && Objects.equals(maturityRating, c.maturityRating)
        && releaseYear == c.releaseYear
        && durationMinutes == c.durationMinutes
        && seasons == c.seasons
        && description.equals(c.description)
        && cast.equals(c.cast)
        && directors.equals(c.directors)
        && countries.equals(c.countries)
        && Objects.equals(dateAdded, c.dateAdded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, type, genres, releaseYear);
  }

  @Override
  public String toString() {
    return "ContentItem[" + id + ", " + title + ", " + type + ", " + genres + "]";
  }

  /** Builds a {@link ContentItem}. Not thread-safe. */
  public static final class Builder {
    private final ContentId id;
    private final String title;
    private final ContentType type;
    private List<String> genres = List.of();
    private String maturityRating;
    private int releaseYear;
    private int durationMinutes;
    private int seasons;
    private String description = "";
    private List<String> cast = List.of();
    private List<String> directors = List.of();
    private List<String> countries = List.of();
    private LocalDate dateAdded;

    private Builder(ContentId id, String title, ContentType type) {
      this.id = id;
      this.title = title;
      this.type = type;
    }

    /**
     * Sets the genres.
     *
     * @param genres the genres, in catalog order
     * @return this builder
     */
    public Builder genres(List<String> genres) {
      this.genres = List.copyOf(genres);
      return this;
    }

    /**
     * Sets the maturity rating.
     *
     * @param rating the rating, not blank
     * @return this builder
     */
    public Builder maturityRating(String rating) {
      this.maturityRating = Checks.notBlank(rating, "maturity rating");
      return this;
    }

    /**
     * Sets the release year.
     *
     * @param year a year from 1800 to 3000
     * @return this builder
     */
    public Builder releaseYear(int year) {
      if (year < 1800 || year > 3000) {
        throw new IllegalArgumentException("release year must lie in [1800, 3000], got " + year);
      }
      this.releaseYear = year;
      return this;
    }

    /**
     * Sets a movie's running time.
     *
     * @param minutes a positive number of minutes
     * @return this builder
     */
    public Builder durationMinutes(int minutes) {
      if (minutes <= 0) {
        throw new IllegalArgumentException("duration must be positive, got " + minutes);
      }
      this.durationMinutes = minutes;
      return this;
    }

    /**
     * Sets a TV show's number of seasons.
     *
     * @param count a positive number of seasons
     * @return this builder
     */
    public Builder seasons(int count) {
      if (count <= 0) {
        throw new IllegalArgumentException("seasons must be positive, got " + count);
      }
      this.seasons = count;
      return this;
    }

    /**
     * Sets the synopsis.
     *
     * @param text the description
     * @return this builder
     */
    public Builder description(String text) {
      this.description = Objects.requireNonNull(text, "description");
      return this;
    }

    /**
     * Sets the cast.
     *
     * @param names the cast
     * @return this builder
     */
    public Builder cast(List<String> names) {
      this.cast = List.copyOf(names);
      return this;
    }

    /**
     * Sets the directors.
     *
     * @param names the directors
     * @return this builder
     */
    public Builder directors(List<String> names) {
      this.directors = List.copyOf(names);
      return this;
    }

    /**
     * Sets the production countries.
     *
     * @param names the countries
     * @return this builder
     */
    public Builder countries(List<String> names) {
      this.countries = List.copyOf(names);
      return this;
    }

    /**
     * Sets the day the title was added to the catalog.
     *
     * @param date the date
     * @return this builder
     */
    public Builder dateAdded(LocalDate date) {
      this.dateAdded = Objects.requireNonNull(date, "date added");
      return this;
    }

    /**
     * Builds the title.
     *
     * @return the title
     */
    public ContentItem build() {
      return new ContentItem(this);
    }
  }
}

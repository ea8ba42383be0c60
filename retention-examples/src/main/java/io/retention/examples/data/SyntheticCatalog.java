package io.retention.examples.data;

import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.GenreMapping;
import io.retention.core.port.out.CatalogSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates a title catalog in the shape of the public Netflix titles table, for the demo and the
 * tests: every title belongs to one of the seven favourite genres of {@link SyntheticCustomers} and
 * carries that genre's catalog genre under {@link GenreMapping#NETFLIX}, so content features and
 * cold-start recommendations link customers to titles.
 *
 * <p>Each title is drawn from its own random stream, seeded from the catalog's seed and the title's
 * number, so the same seed gives the same catalog whatever is read first. Per title:
 *
 * <ul>
 *   <li>Favourite genre: Drama 24%, Comedy 20%, Action 18%, Romance 14%, and 8% each for Horror,
 *       Sci-Fi and Documentary (the thin catalogs that the churn mechanism of {@link
 *       SyntheticCustomers} penalises).
 *   <li>Type: 70% movies, 30% TV shows. Genres: the favourite genre's movie or TV catalog genre,
 *       then with probability 0.35 a second genre of another favourite genre and with probability
 *       0.25 an international genre.
 *   <li>Release year: {@link #LATEST_YEAR} minus an exponential number of years with mean 6, not
 *       before 1950; the date added lies between the release (not before 2015) and the end of
 *       {@link #LATEST_YEAR}.
 *   <li>Movies run 40 to 200 minutes (normal around 100, documentaries around 85); TV shows have 1
 *       to 9 seasons (geometric, half end after one season).
 *   <li>Maturity rating from the genre's rating mix; 3 to 5 cast members, 1 director for movies
 *       (half the TV shows have one), 1 or 2 countries, all from fixed name pools.
 *   <li>Description: 14 words, 70% of them from the genre's own vocabulary, the rest from a shared
 *       one, so that TF-IDF similarity finds titles of the same genre.
 *   <li>Popularity: a hidden weight, log-normal with σ = 1, higher for recent titles; {@link
 *       SyntheticActivity} picks titles in proportion to it.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticCatalog implements CatalogSource {

  /** The default number of titles. */
  public static final int DEFAULT_SIZE = 1_500;

  /** The latest release year; the generated world's snapshot falls in the year after. */
  public static final int LATEST_YEAR = 2023;

  /** The favourite genres, in the order of {@link #MOVIE_GENRES} and {@link #TV_GENRES}. */
  static final List<String> FAVOURITES =
      List.of("Action", "Comedy", "Drama", "Documentary", "Horror", "Romance", "Sci-Fi");

  /**
   * The catalog genre of a movie of each favourite genre, linked by {@link GenreMapping#NETFLIX}.
   */
  static final List<String> MOVIE_GENRES =
      List.of(
          "Action & Adventure",
          "Comedies",
          "Dramas",
          "Documentaries",
          "Horror Movies",
          "Romantic Movies",
          "Sci-Fi & Fantasy");

  /**
   * The catalog genre of a TV show of each favourite genre, linked by {@link GenreMapping#NETFLIX}.
   */
  static final List<String> TV_GENRES =
      List.of(
          "TV Action & Adventure",
          "TV Comedies",
          "TV Dramas",
          "Docuseries",
          "TV Horror",
          "Romantic TV Shows",
          "TV Sci-Fi & Fantasy");

  private static final double[] GENRE_SHARES = {0.18, 0.20, 0.24, 0.08, 0.08, 0.14, 0.08};
  private static final double TV_SHARE = 0.30;
  private static final double SECOND_GENRE = 0.35;
  private static final double INTERNATIONAL = 0.25;
  private static final double MEAN_AGE_YEARS = 6.0;
  private static final int EARLIEST_YEAR = 1950;
  private static final int FIRST_ADDED_YEAR = 2015;
  private static final int DESCRIPTION_WORDS = 14;
  private static final double OWN_VOCABULARY = 0.70;

  private static final String[][] VOCABULARY = {
    {
      "mercenary", "heist", "chase", "explosive", "agent", "rescue", "commando", "showdown",
      "vigilante", "assassin", "convoy", "hostage", "stunt", "martial", "warlord", "pursuit"
    },
    {
      "hilarious", "mishap", "wedding", "awkward", "roommate", "prank", "sitcom", "quirky",
      "slacker", "parody", "standup", "misadventure", "bumbling", "roast", "goofy", "banter"
    },
    {
      "grief",
      "family",
      "courtroom",
      "addiction",
      "estranged",
      "sacrifice",
      "redemption",
      "inheritance",
      "betrayal",
      "immigrant",
      "verdict",
      "illness",
      "memoir",
      "scandal",
      "legacy",
      "reckoning"
    },
    {
      "wildlife",
      "archival",
      "investigation",
      "interviews",
      "ecosystem",
      "expedition",
      "footage",
      "scientists",
      "history",
      "ocean",
      "climate",
      "athletes",
      "biography",
      "reporter",
      "planet",
      "evidence"
    },
    {
      "haunted", "demon", "possession", "slasher", "cursed", "ritual", "creature", "nightmare",
      "exorcism", "zombie", "cabin", "undead", "poltergeist", "occult", "blood", "asylum"
    },
    {
      "romance",
      "lovers",
      "heartbreak",
      "courtship",
      "soulmate",
      "engagement",
      "flirtation",
      "rekindled",
      "crush",
      "proposal",
      "valentine",
      "longing",
      "sweetheart",
      "affair",
      "wedding",
      "kiss"
    },
    {
      "galaxy", "android", "spaceship", "alien", "dystopian", "timeline", "cyborg", "wizard",
      "portal", "starship", "mutant", "quantum", "dragon", "colony", "robot", "multiverse"
    }
  };
  private static final String[] SHARED_WORDS = {
    "young", "woman", "man", "city", "secret", "life", "world", "friends", "town", "journey",
    "finds", "must", "after", "new", "old", "story", "years", "two", "small", "dangerous"
  };
  private static final String[] TITLE_OPENERS = {
    "The",
    "Last",
    "Silent",
    "Broken",
    "Golden",
    "Midnight",
    "Wild",
    "Hidden",
    "Lost",
    "Red",
    "Endless",
    "Crimson",
    "Northern",
    "Little",
    "Final",
    "Bright"
  };
  private static final String[] FIRST_NAMES = {
    "Ava", "Liam", "Maya", "Noah", "Zara", "Omar", "Lena", "Kenji", "Sofia", "Mateo", "Amara",
    "Ivan", "Priya", "Lucas", "Nadia", "Tomas", "Chloe", "Ravi", "Elena", "Kwame", "Ingrid",
    "Diego", "Hana", "Samir"
  };
  private static final String[] LAST_NAMES = {
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Alvarez",
    "Novak",
    "Haddad",
    "Kowalski",
    "Mensah",
    "Fischer",
    "Rossi",
    "Chen",
    "Ivanova",
    "Silva",
    "Nair",
    "Brennan",
    "Dubois",
    "Kaya",
    "Park",
    "Oduya",
    "Varga",
    "Lopez",
    "Sato",
    "Nilsen"
  };
  private static final String[] COUNTRIES = {
    "United States",
    "United Kingdom",
    "India",
    "Japan",
    "South Korea",
    "France",
    "Spain",
    "Mexico",
    "Canada",
    "Germany",
    "Nigeria",
    "Brazil"
  };
  private static final double[] COUNTRY_WEIGHTS = {
    0.34, 0.09, 0.10, 0.07, 0.07, 0.06, 0.05, 0.05, 0.05, 0.04, 0.04, 0.04
  };
  private static final String[] MOVIE_RATINGS = {"G", "PG", "PG-13", "R", "TV-14", "TV-MA"};
  private static final String[] TV_RATINGS = {"TV-Y7", "TV-PG", "TV-14", "TV-MA"};
  private static final double[][] MOVIE_RATING_MIX = {
    {0.02, 0.10, 0.40, 0.30, 0.08, 0.10},
    {0.08, 0.20, 0.40, 0.16, 0.08, 0.08},
    {0.02, 0.08, 0.30, 0.30, 0.12, 0.18},
    {0.20, 0.25, 0.25, 0.05, 0.15, 0.10},
    {0.00, 0.00, 0.15, 0.55, 0.05, 0.25},
    {0.05, 0.20, 0.45, 0.15, 0.10, 0.05},
    {0.04, 0.16, 0.50, 0.15, 0.07, 0.08}
  };
  private static final double[][] TV_RATING_MIX = {
    {0.05, 0.15, 0.45, 0.35},
    {0.10, 0.30, 0.40, 0.20},
    {0.00, 0.15, 0.40, 0.45},
    {0.15, 0.40, 0.35, 0.10},
    {0.00, 0.00, 0.30, 0.70},
    {0.00, 0.30, 0.50, 0.20},
    {0.15, 0.20, 0.40, 0.25}
  };

  /** A generated title with what only the generator knows: its favourite genre and popularity. */
  record Entry(ContentItem item, int favourite, double popularity) {}

  private final int size;
  private final long seed;

  /**
   * A catalog of {@link #DEFAULT_SIZE} titles.
   *
   * @param seed the seed; the same seed gives the same titles
   */
  public SyntheticCatalog(long seed) {
    this(DEFAULT_SIZE, seed);
  }

  /**
   * A catalog.
   *
   * @param size how many titles, at least 1
   * @param seed the seed; the same seed gives the same titles
   */
  public SyntheticCatalog(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be >= 1, got " + size);
    }
    this.size = size;
    this.seed = seed;
  }

  /**
   * How many titles the catalog has.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  @Override
  public Stream<ContentItem> items() {
    return IntStream.range(0, size).mapToObj(this::item);
  }

  /**
   * The title with a given number, the same on every call; its id is {@code s} + (number + 1).
   *
   * @param number from 0 to size − 1
   * @return the title
   */
  public ContentItem item(int number) {
    return entry(number).item();
  }

  /** Every title with its hidden favourite genre and popularity, in number order. */
  List<Entry> entries() {
    List<Entry> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(entry(i));
    }
    return out;
  }

  Entry entry(int number) {
    if (number < 0 || number >= size) {
      throw new IllegalArgumentException(
          "title number must lie in [0, " + size + "), got " + number);
    }
    SplittableRandom r = new SplittableRandom(SyntheticCustomers.mix(seed, number));
    int g = pick(r, GENRE_SHARES);
    boolean tv = r.nextDouble() < TV_SHARE;
    ContentType type = tv ? ContentType.TV_SHOW : ContentType.MOVIE;
    List<String> genres = new ArrayList<>();
    genres.add((tv ? TV_GENRES : MOVIE_GENRES).get(g));
    if (r.nextDouble() < SECOND_GENRE) {
      int other = (g + 1 + r.nextInt(FAVOURITES.size() - 1)) % FAVOURITES.size();
      genres.add((tv ? TV_GENRES : MOVIE_GENRES).get(other));
    }
    if (r.nextDouble() < INTERNATIONAL) {
      genres.add(tv ? "International TV Shows" : "International Movies");
    }
    int age = (int) Math.floor(-Math.log(1.0 - r.nextDouble()) * MEAN_AGE_YEARS);
    int year = Math.max(EARLIEST_YEAR, LATEST_YEAR - age);
    LocalDate firstDay = LocalDate.of(Math.max(year, FIRST_ADDED_YEAR), 1, 1);
    long span =
        firstDay.until(LocalDate.of(LATEST_YEAR + 1, 1, 1), java.time.temporal.ChronoUnit.DAYS);
    LocalDate added = firstDay.plusDays(r.nextLong(span));
    String[] words = VOCABULARY[g];
    String title =
        TITLE_OPENERS[r.nextInt(TITLE_OPENERS.length)]
            + " "
            + capitalise(words[r.nextInt(words.length)]);
    ContentItem.Builder b =
        ContentItem.builder("s" + (number + 1), title, type)
            .genres(genres)
            .releaseYear(year)
            .dateAdded(added);
    if (tv) {
      int seasons = 1;
      while (seasons < 9 && r.nextDouble() < 0.5) {
        seasons++;
      }
      b.seasons(seasons).maturityRating(TV_RATINGS[pick(r, TV_RATING_MIX[g])]);
    } else {
      double mean = g == FAVOURITES.indexOf("Documentary") ? 85.0 : 100.0;
      int minutes = (int) Math.round(Math.max(40.0, Math.min(200.0, mean + 20.0 * gaussian(r))));
      b.durationMinutes(minutes).maturityRating(MOVIE_RATINGS[pick(r, MOVIE_RATING_MIX[g])]);
    }
    b.cast(names(r, 3 + r.nextInt(3)));
    b.directors(!tv || r.nextBoolean() ? names(r, 1) : List.of());
    List<String> countries = new ArrayList<>();
    countries.add(COUNTRIES[pick(r, COUNTRY_WEIGHTS)]);
    if (r.nextDouble() < 0.2) {
      String second = COUNTRIES[pick(r, COUNTRY_WEIGHTS)];
      if (!countries.contains(second)) {
        countries.add(second);
      }
    }
    b.countries(countries);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < DESCRIPTION_WORDS; w++) {
      text.append(w == 0 ? "" : " ")
          .append(
              r.nextDouble() < OWN_VOCABULARY
                  ? words[r.nextInt(words.length)]
                  : SHARED_WORDS[r.nextInt(SHARED_WORDS.length)]);
    }
    b.description(capitalise(text.toString()) + ".");
    double recency = Math.exp(-age / (2.0 * MEAN_AGE_YEARS));
    double popularity = Math.exp(gaussian(r)) * recency;
    return new Entry(b.build(), g, popularity);
  }

  private static List<String> names(SplittableRandom r, int n) {
    List<String> out = new ArrayList<>(n);
    while (out.size() < n) {
      String name =
          FIRST_NAMES[r.nextInt(FIRST_NAMES.length)]
              + " "
              + LAST_NAMES[r.nextInt(LAST_NAMES.length)];
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static int pick(SplittableRandom r, double[] weights) {
    double u = r.nextDouble();
    double total = 0.0;
    for (double w : weights) {
      total += w;
    }
    double acc = 0.0;
    for (int i = 0; i < weights.length - 1; i++) {
      acc += weights[i] / total;
      if (u < acc) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double gaussian(SplittableRandom r) {
    return SyntheticCustomers.gaussian(r);
  }

  @Override
  public String toString() {
    return "SyntheticCatalog[" + size + " titles, seed " + seed + "]";
  }
}

package io.retention.examples.data;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import io.retention.core.port.out.ActivitySource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates the viewing events of {@link SyntheticCustomers} over a {@link SyntheticCatalog}: one
 * {@link EventType#WATCH} event per viewing, with the minutes watched and the title.
 *
 * <p>Events are generated per customer, lazily, from a random stream seeded from the generator's
 * seed and the customer's number (not from the stream that drew the customer, so adding events
 * changes no customer): the same seed gives the same events, any number of customers streams in
 * constant memory, and a customer's events do not depend on how many customers are read. Only the
 * catalog's titles and their popularity are held in memory. Per customer, over the {@link
 * #WINDOW_DAYS} days before the {@link #SNAPSHOT}:
 *
 * <ul>
 *   <li>Count: 1 + round(watch_hours / {@link #HOURS_PER_VIEWING} · (0.75 + 0.5u)), {@code u}
 *       uniform; the minutes of the viewings add up to {@code watch_hours · 60} (to within 0.05
 *       minutes per event).
 *   <li>The latest viewing falls on the day {@code last_login_days} before the snapshot: {@code
 *       floor((snapshot − latest) / 1 day) = last_login_days}. Every other viewing falls between
 *       the window's start and the latest one: uniformly for retained customers, and for churners
 *       with a density that falls linearly towards the latest viewing (engagement decay), so
 *       churners watch less and less before they leave.
 *   <li>Titles: with probability {@link #CONTENT_FIT} from the titles of the customer's favourite
 *       genre, otherwise from the whole catalog, each in proportion to the title's hidden
 *       popularity (content fit and popularity).
 * </ul>
 *
 * <p>Events come customer by customer in customer order, each customer's in time order. Immutable
 * and thread-safe.
 */
public final class SyntheticActivity implements ActivitySource {

  /** The instant the customers' attributes describe: events all fall before it. */
  public static final Instant SNAPSHOT =
      LocalDate.of(SyntheticCatalog.LATEST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /** How many days before the snapshot events are generated for. */
  public static final int WINDOW_DAYS = 90;

  /** The mean length of one viewing, in hours. */
  public static final double HOURS_PER_VIEWING = 2.5;

  /** The probability that a viewing is of a title of the customer's favourite genre. */
  public static final double CONTENT_FIT = 0.6;

  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long EVENT_SALT = 0x5eed_e7e7_5a17L;

  private final SyntheticCustomers customers;
  private final long seed;
  private final ContentItem[] titles;
  private final double[] allCumulative;
  private final int[][] byGenre;
  private final double[][] byGenreCumulative;

  /**
   * Events of generated customers over a generated catalog.
   *
   * @param customers the customers
   * @param catalog the titles; it is generated once here and kept in memory
   * @param seed the seed of the events; the same seed gives the same events
   */
  public SyntheticActivity(SyntheticCustomers customers, SyntheticCatalog catalog, long seed) {
    this.customers = Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(catalog, "catalog");
    this.seed = seed;
    List<SyntheticCatalog.Entry> entries = catalog.entries();
    int n = entries.size();
    this.titles = new ContentItem[n];
    this.allCumulative = new double[n];
    List<List<Integer>> members = new ArrayList<>();
    for (int g = 0; g < SyntheticCatalog.FAVOURITES.size(); g++) {
      members.add(new ArrayList<>());
    }
    double total = 0.0;
    for (int i = 0; i < n; i++) {
      SyntheticCatalog.Entry e = entries.get(i);
      titles[i] = e.item();
      total += e.popularity();
      allCumulative[i] = total;
      members.get(e.favourite()).add(i);
    }
    this.byGenre = new int[members.size()][];
    this.byGenreCumulative = new double[members.size()][];
    for (int g = 0; g < members.size(); g++) {
      int[] ids = members.get(g).stream().mapToInt(Integer::intValue).toArray();
      double[] cumulative = new double[ids.length];
      double sum = 0.0;
      for (int k = 0; k < ids.length; k++) {
        sum += entries.get(ids[k]).popularity();
        cumulative[k] = sum;
      }
      byGenre[g] = ids;
      byGenreCumulative[g] = cumulative;
    }
  }

  /**
   * The customers whose events these are.
   *
   * @return the customer generator
   */
  public SyntheticCustomers customers() {
    return customers;
  }

  @Override
  public Stream<ActivityEvent> events() {
    return LongStream.range(0, customers.count()).mapToObj(this::eventsOf).flatMap(List::stream);
  }

  /**
   * The events of the customer with a given number, in time order, the same on every call.
   *
   * @param number from 0 to the customer count − 1
   * @return the events, at least one
   */
  public List<ActivityEvent> eventsOf(long number) {
    return eventsOf(number, customers.customer(number));
  }

  private List<ActivityEvent> eventsOf(long number, Customer c) {
    SplittableRandom r = new SplittableRandom(SyntheticCustomers.mix(seed ^ EVENT_SALT, number));
    double hours = c.numericValue("watch_hours").orElse(0.0);
    long lastLogin = (long) c.numericValue("last_login_days").orElse(0.0);
    int favourite =
        SyntheticCatalog.FAVOURITES.indexOf(c.categoricalValue("favorite_genre").orElse(""));
    int count = 1 + (int) Math.round(hours / HOURS_PER_VIEWING * (0.75 + 0.5 * r.nextDouble()));
    long latest =
        SNAPSHOT.getEpochSecond()
            - lastLogin * SECONDS_PER_DAY
            - 1
            - r.nextLong(SECONDS_PER_DAY - 1);
    long start = SNAPSHOT.getEpochSecond() - WINDOW_DAYS * SECONDS_PER_DAY;
    long span = Math.max(1, latest - start);
    long[] times = new long[count];
    times[0] = latest;
    for (int k = 1; k < count; k++) {
      double u = r.nextDouble();
      double back = c.churned() ? Math.sqrt(u) : u;
      times[k] = latest - (long) Math.floor(back * span);
    }
    Arrays.sort(times);
    double[] weights = new double[count];
    double sum = 0.0;
    for (int k = 0; k < count; k++) {
      weights[k] = 0.5 + r.nextDouble();
      sum += weights[k];
    }
    CustomerId id = c.id();
    List<ActivityEvent> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      ContentItem title = title(r, favourite);
      double minutes = Math.round(hours * 60.0 * weights[k] / sum * 10.0) / 10.0;
      out.add(
          ActivityEvent.about(
              id, Instant.ofEpochSecond(times[k]), EventType.WATCH, minutes, title.id()));
    }
    return out;
  }

  private ContentItem title(SplittableRandom r, int favourite) {
    if (favourite >= 0 && byGenre[favourite].length > 0 && r.nextDouble() < CONTENT_FIT) {
      return titles[byGenre[favourite][draw(r, byGenreCumulative[favourite])]];
    }
    return titles[draw(r, allCumulative)];
  }

  private static int draw(SplittableRandom r, double[] cumulative) {
    double u = r.nextDouble() * cumulative[cumulative.length - 1];
    int k = Arrays.binarySearch(cumulative, u);
    int i = k >= 0 ? k + 1 : -k - 1;
    return Math.min(i, cumulative.length - 1);
  }

  @Override
  public String toString() {
    return "SyntheticActivity[" + customers.count() + " customers, " + titles.length + " titles]";
  }
}

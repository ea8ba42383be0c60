package io.retention.examples.data;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.CustomerSource;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates subscription customers in the layout of the Netflix customer-churn table, plus {@code
 * tenure_months}, with a known churn mechanism, so that a good model is good but not perfect.
 *
 * <p>Each customer is drawn from its own random stream, seeded from the generator's seed and the
 * customer's number, so customers are generated lazily (any number, in constant memory) and the
 * same seed always gives the same customers. The mechanism, per customer:
 *
 * <ul>
 *   <li>A hidden engagement level {@code e ~ N(0, 1)} drives {@code avg_watch_time_per_day} (hours,
 *       log-normal around {@code 1.6·exp(0.5e)}), {@code watch_hours} over the last 30 days, and
 *       {@code last_login_days} (exponential with mean {@code 12·exp(−0.7e)}, capped at 60).
 *   <li>Plans: Basic 40% at 8.99, Standard 35% at 13.99, Premium 25% at 17.99; profiles 1–5, more
 *       on dearer plans; tenure 1–72 months; age 18–70, missing for 2% of customers.
 *   <li>Churn log-odds = −1.25 − 1.3·z(log daily watch) + 0.06·(last_login_days − 12) +
 *       0.45·[Basic] + 0.5·[price sensitive: fee per profile above 8 and under 1 daily hour] −
 *       0.015·(tenure − 24) + 0.35·[favourite genre with a thin catalog: Horror, Sci-Fi,
 *       Documentary] + u, with hidden noise {@code u ~ N(0, 0.5)} that no feature sees; {@code
 *       churned} is drawn from those odds.
 * </ul>
 *
 * <p>With the default seed, about 30% of customers churn and a logistic regression reaches a
 * hold-out ROC-AUC near 0.85.
 */
public final class SyntheticCustomers implements CustomerSource {

  /** The attribute, and column, that the generator adds to the Netflix churn layout. */
  public static final String TENURE_MONTHS = "tenure_months";

  /** The Netflix churn layout plus {@link #TENURE_MONTHS} in the tenure role. */
  public static final CustomerSchema SCHEMA =
      CustomerSchema.NETFLIX.withNumeric(TENURE_MONTHS, AttributeRole.TENURE);

  /**
   * How {@code customers.csv} written by {@link SyntheticWorld} reads back with {@code
   * CsvCustomerSource}: the Netflix churn preset's columns plus {@code tenure_months}, numbers
   * never negative, label {@code churned}.
   */
  public static final CustomerCsvMapping CSV_MAPPING =
      new CustomerCsvMapping("customer_id", "churned", SCHEMA)
          .withNonNegative(SCHEMA.numericAttributes());

  static final String[] PLANS = {"Basic", "Standard", "Premium"};
  static final double[] FEES = {8.99, 13.99, 17.99};
  static final String[] GENRES = {
    "Action", "Comedy", "Drama", "Documentary", "Horror", "Romance", "Sci-Fi"
  };
  static final String[] REGIONS = {
    "Africa", "Asia", "Europe", "North America", "Oceania", "South America"
  };
  static final String[] DEVICES = {"Desktop", "Laptop", "Mobile", "Tablet", "TV"};
  static final String[] PAYMENTS = {"Credit Card", "Crypto", "Debit Card", "Gift Card", "PayPal"};
  static final String[] GENDERS = {"Female", "Male", "Other"};

  private final int count;
  private final long seed;

  /**
   * Creates a generator.
   *
   * @param count how many customers, at least 1
   * @param seed the seed; the same seed gives the same customers
   */
  public SyntheticCustomers(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    this.count = count;
    this.seed = seed;
  }

  /**
   * How many customers the generator yields.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  @Override
  public CustomerSchema schema() {
    return SCHEMA;
  }

  @Override
  public Stream<Customer> customers() {
    return LongStream.range(0, count).mapToObj(this::customer);
  }

  /**
   * The customer with a given number, the same on every call.
   *
   * @param number from 0 to count − 1
   * @return the customer
   */
  public Customer customer(long number) {
    SplittableRandom r = new SplittableRandom(mix(seed, number));
    double engagement = gaussian(r);
    int plan = pick(r, 0.40, 0.35);
    double fee = FEES[plan];
    int profiles = 1 + Math.min(4, (int) Math.floor(r.nextDouble() * (2.0 + 1.5 * plan)));
    double logDaily = Math.log(1.6) + 0.5 * engagement + 0.25 * gaussian(r);
    double daily = Math.exp(logDaily);
    double watchHours = Math.max(0.0, daily * 30.0 * (1.0 + 0.15 * gaussian(r)));
    double lastLogin =
        Math.min(
            60.0, Math.floor(-Math.log(1.0 - r.nextDouble()) * 12.0 * Math.exp(-0.7 * engagement)));
    double tenure = 1.0 + Math.floor(r.nextDouble() * 72.0);
    String genre = GENRES[r.nextInt(GENRES.length)];
    boolean thinCatalog =
        genre.equals("Horror") || genre.equals("Sci-Fi") || genre.equals("Documentary");
    boolean priceSensitive = fee / profiles > 8.0 && daily < 1.0;

    double logOdds =
        -1.25
            - 1.3 * (logDaily - Math.log(1.6)) / 0.56
            + 0.06 * (lastLogin - 12.0)
            + (plan == 0 ? 0.45 : 0.0)
            + (priceSensitive ? 0.5 : 0.0)
            - 0.015 * (tenure - 24.0)
            + (thinCatalog ? 0.35 : 0.0)
            + 0.5 * gaussian(r);
    boolean churned = r.nextDouble() < 1.0 / (1.0 + Math.exp(-logOdds));

    Customer.Builder b =
        Customer.builder(String.format(Locale.ROOT, "C%07d", number + 1))
            .categorical("gender", GENDERS[r.nextInt(GENDERS.length)])
            .categorical("subscription_type", PLANS[plan])
            .numeric("watch_hours", round2(watchHours))
            .numeric("last_login_days", lastLogin)
            .categorical("region", REGIONS[r.nextInt(REGIONS.length)])
            .categorical("device", DEVICES[r.nextInt(DEVICES.length)])
            .numeric("monthly_fee", fee)
            .categorical("payment_method", PAYMENTS[r.nextInt(PAYMENTS.length)])
            .numeric("number_of_profiles", profiles)
            .numeric("avg_watch_time_per_day", round2(daily))
            .categorical("favorite_genre", genre)
            .numeric(TENURE_MONTHS, tenure)
            .churned(churned);
    if (r.nextDouble() >= 0.02) {
      b.numeric("age", 18 + r.nextInt(53));
    }
    return b.build();
  }

  private static int pick(SplittableRandom r, double first, double second) {
    double u = r.nextDouble();
    return u < first ? 0 : u < first + second ? 1 : 2;
  }

  private static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  static double gaussian(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  /** A SplitMix64 finaliser over the seed and the customer number. */
  static long mix(long seed, long number) {
    long z = seed * 0x9e3779b97f4a7c15L + number;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}

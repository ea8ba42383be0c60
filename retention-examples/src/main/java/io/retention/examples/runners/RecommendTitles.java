package io.retention.examples.runners;

import io.retention.adapters.csv.CsvActivitySource;
import io.retention.adapters.csv.CsvCatalogSource;
import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.Recommendation;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.examples.data.SyntheticWorld;
import io.retention.recommender.ContentIndex;
import io.retention.recommender.FieldWeights;
import io.retention.recommender.HybridRecommender;
import io.retention.recommender.RecommenderConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Recommends titles to one customer with the hybrid recommender: content similarity (TF-IDF over
 * genres, description, cast, directors, countries), item-item co-viewing and popularity, built from
 * a catalog and every customer's viewing events.
 *
 * <p>Run with no arguments to use a generated world (2,000 customers, 1,500 titles), or give a
 * folder holding {@code customers.csv}, {@code titles.csv} and {@code watch_events.csv} as {@link
 * SyntheticWorld#write} writes them, and optionally a customer id:
 *
 * <pre>
 * java -cp retention-examples/target/retention.jar io.retention.examples.runners.RecommendTitles \
 *     [world-folder [customer-id]]
 * </pre>
 */
public final class RecommendTitles {
  /** How many titles are recommended. */
  public static final int TOP_N = 5;

  /** The customer recommended to when none is named: the first generated one. */
  public static final String DEFAULT_CUSTOMER = "C0000001";

  private RecommendTitles() {}

  /**
   * A customer's recommendations.
   *
   * @param customer the customer
   * @param watched how many viewings the customer has
   * @param recommendations the titles, best first, each with its main reason
   */
  public record Result(Customer customer, int watched, List<Recommendation> recommendations) {}

  /**
   * Builds the recommender and recommends to one customer.
   *
   * @param schema the customers' layout (its favourite-genre role serves customers with no history)
   * @param customers the customers
   * @param catalog the titles
   * @param events the viewing events of every customer, read once into the recommender's builder
   *     and not kept (the caller closes the stream)
   * @param customerId the customer to recommend to
   * @return the recommendations
   * @throws IllegalArgumentException if no customer has that id
   */
  public static Result run(
      CustomerSchema schema,
      List<Customer> customers,
      List<ContentItem> catalog,
      Stream<ActivityEvent> events,
      String customerId) {
    Customer customer =
        customers.stream()
            .filter(c -> c.id().value().equals(customerId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));
    HybridRecommender.Builder builder =
        HybridRecommender.builder(
            ContentIndex.build(catalog, FieldWeights.DEFAULTS),
            schema,
            GenreMapping.NETFLIX,
            RecommenderConfig.DEFAULTS);
    int watched = 0;
    for (ActivityEvent e : (Iterable<ActivityEvent>) events::iterator) {
      builder.add(e);
      if (e.customer().equals(customer.id())) {
        watched++;
      }
    }
    return new Result(customer, watched, builder.build().recommend(customer, TOP_N));
  }

  /**
   * Runs the example and prints the recommendations.
   *
   * @param args optional: a world folder, a customer id
   */
  public static void main(String[] args) {
    Result r;
    String source;
    if (args.length == 0) {
      SyntheticWorld world = SyntheticWorld.of(RunnerInput.GENERATED, RunnerInput.SEED);
      source = "a generated world (seed " + RunnerInput.SEED + ")";
      try (Stream<Customer> c = world.customers().customers();
          Stream<ContentItem> t = world.catalog().items();
          Stream<ActivityEvent> e = world.activity().events()) {
        r = run(SyntheticCustomers.SCHEMA, c.toList(), t.toList(), e, DEFAULT_CUSTOMER);
      }
    } else {
      RunFolder folder = new RunFolder(Path.of(args[0]));
      source = folder.dir().toString();
      try (Stream<Customer> c =
              new CsvCustomerSource(
                      folder.file(RunFolder.CUSTOMERS), SyntheticCustomers.CSV_MAPPING)
                  .customers();
          Stream<ContentItem> t = new CsvCatalogSource(folder.file(RunFolder.TITLES)).items();
          Stream<ActivityEvent> e =
              new CsvActivitySource(folder.file(RunFolder.EVENTS), SyntheticWorld.EVENTS_MAPPING)
                  .events()) {
        r =
            run(
                SyntheticCustomers.SCHEMA,
                c.toList(),
                t.toList(),
                e,
                args.length > 1 ? args[1] : DEFAULT_CUSTOMER);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "customer %s (from %s): favourite genre %s, %d viewings%n",
        r.customer().id().value(),
        source,
        r.customer().categoricalValue("favorite_genre").orElse("unknown"),
        r.watched());
    for (Recommendation rec : r.recommendations()) {
      System.out.printf(Locale.ROOT, "  %-28s %.3f  %s%n", rec.title(), rec.score(), rec.reason());
    }
  }
}

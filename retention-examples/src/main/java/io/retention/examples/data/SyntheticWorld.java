package io.retention.examples.data;

import io.retention.adapters.csv.ActivityCsvMapping;
import io.retention.adapters.csv.CsvActivityWriter;
import io.retention.adapters.csv.CsvCatalogWriter;
import io.retention.adapters.csv.CsvCustomerWriter;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A whole generated world from one seed: customers, a title catalog and the customers' viewing
 * events, and the way to put it on disk in the files the project's CSV readers read back.
 *
 * <p>The three parts take seeds derived from the world's seed, so one number reproduces everything.
 * Immutable and thread-safe; nothing is generated until it is read.
 *
 * @param customers the customers (Netflix churn layout plus tenure)
 * @param catalog the titles
 * @param activity the viewing events of the customers over the titles
 */
public record SyntheticWorld(
    SyntheticCustomers customers, SyntheticCatalog catalog, SyntheticActivity activity) {

  /** How {@code watch_events.csv} reads back with {@code CsvActivitySource}. */
  public static final ActivityCsvMapping EVENTS_MAPPING = ActivityCsvMapping.STANDARD;

  /** Checks that the events belong to these customers. */
  public SyntheticWorld {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(activity, "activity");
    if (activity.customers() != customers) {
      throw new IllegalArgumentException("the activity must be generated for these customers");
    }
  }

  /**
   * A world with a catalog of {@link SyntheticCatalog#DEFAULT_SIZE} titles.
   *
   * @param customerCount how many customers, at least 1
   * @param seed the seed of everything
   * @return the world
   */
  public static SyntheticWorld of(int customerCount, long seed) {
    return of(customerCount, SyntheticCatalog.DEFAULT_SIZE, seed);
  }

  /**
   * A world.
   *
   * @param customerCount how many customers, at least 1
   * @param titleCount how many titles, at least 1
   * @param seed the seed of everything
   * @return the world
   */
  public static SyntheticWorld of(int customerCount, int titleCount, long seed) {
    SyntheticCustomers customers = new SyntheticCustomers(customerCount, seed);
    SyntheticCatalog catalog = new SyntheticCatalog(titleCount, SyntheticCustomers.mix(seed, -1));
    return new SyntheticWorld(
        customers,
        catalog,
        new SyntheticActivity(customers, catalog, SyntheticCustomers.mix(seed, -2)));
  }

  /**
   * What {@link #write(Path)} wrote: how many rows each file holds.
   *
   * @param customers rows of {@link RunFolder#CUSTOMERS}
   * @param titles rows of {@link RunFolder#TITLES}
   * @param events rows of {@link RunFolder#EVENTS}
   */
  public record Written(long customers, long titles, long events) {}

  /**
   * Writes {@link RunFolder#CUSTOMERS} (read back with {@link SyntheticCustomers#CSV_MAPPING}),
   * {@link RunFolder#TITLES} (the {@code netflix_titles} layout) and {@link RunFolder#EVENTS} (read
   * back with {@link #EVENTS_MAPPING}) into a folder, replacing them. Everything streams: memory
   * does not grow with the number of customers. Each file appears atomically when complete.
   *
   * @param dir the folder, created if needed
   * @return the row counts
   * @throws io.retention.core.RetentionException if a file cannot be written
   */
  public Written write(Path dir) {
    Objects.requireNonNull(dir, "dir");
    long c;
    try (Stream<Customer> s = customers.customers()) {
      c =
          new CsvCustomerWriter(SyntheticCustomers.CSV_MAPPING)
              .write(dir.resolve(RunFolder.CUSTOMERS), s);
    }
    long t;
    try (Stream<ContentItem> s = catalog.items()) {
      t = new CsvCatalogWriter().write(dir.resolve(RunFolder.TITLES), s);
    }
    long e;
    try (Stream<ActivityEvent> s = activity.events()) {
      e = new CsvActivityWriter(EVENTS_MAPPING).write(dir.resolve(RunFolder.EVENTS), s);
    }
    return new Written(c, t, e);
  }
}

package io.retention.examples.cli;

import com.google.inject.Guice;
import io.retention.adapters.csv.ActivityCsvMapping;
import io.retention.adapters.csv.CsvActivitySource;
import io.retention.adapters.csv.CsvCatalogSource;
import io.retention.adapters.csv.CsvReadOptions;
import io.retention.adapters.csv.CsvRecommendationWriter;
import io.retention.adapters.csv.CsvRowWriter;
import io.retention.adapters.csv.MovieLensCatalogSource;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.StagedFiles;
import io.retention.core.RetentionException;
import io.retention.core.analysis.RunConfig;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.Recommendation;
import io.retention.core.port.out.CatalogSource;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.Recommender;
import io.retention.core.port.out.RecommenderFactory;
import io.retention.recommender.RecommenderModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code retention recommend}: top-N titles per customer from a catalog and viewing activity. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = {
      "Recommends --top titles per customer with the hybrid recommender: TF-IDF content"
          + " similarity to the titles each customer watched or rated well, item-item"
          + " co-occurrence and popularity; titles already seen are never recommended, and"
          + " customers without history get the most popular titles of their favourite genre.",
      "Recommends for every customer of --customers when given, else for every customer in"
          + " --activity. Writes <output>/"
          + RunFolder.RECOMMENDATIONS
          + " (customer_id,rank,content_id,title,score,reason)."
    })
final class RecommendCommand implements Callable<Integer> {
  private static final CustomerSchema NO_ATTRIBUTES =
      new CustomerSchema("activity-only", List.of(), List.of(), Map.of());

  /** The layouts of {@code --titles}. */
  enum CatalogFormat {
    NETFLIX,
    MOVIELENS
  }

  /** The links from favourite genres to catalog genres that {@code --genre-mapping} names. */
  enum GenreLinks {
    NETFLIX,
    NONE
  }

  @Option(
      names = "--titles",
      required = true,
      paramLabel = "FILE",
      description =
          "The catalog: a netflix_titles.csv-layout file, or MovieLens movies.csv with --catalog"
              + " movielens.")
  Path titles;

  @Option(
      names = "--catalog",
      defaultValue = "netflix",
      paramLabel = "FORMAT",
      description = "The layout of --titles: netflix or movielens (default: ${DEFAULT-VALUE}).")
  CatalogFormat catalog;

  @Option(
      names = "--tags",
      paramLabel = "FILE",
      description = "MovieLens tags.csv, whose tags describe the titles (--catalog movielens).")
  Path tags;

  @Option(
      names = "--activity",
      required = true,
      paramLabel = "FILE",
      description = "The watch or rating events.")
  Path activity;

  @Option(
      names = "--activity-mapping",
      defaultValue = "standard",
      paramLabel = "NAME",
      converter = OptionValues.ActivityPreset.class,
      description =
          "The layout of --activity: standard (customer_id,timestamp,type,amount,content_id),"
              + " movielens (ratings.csv) or cdnow (default: ${DEFAULT-VALUE}).")
  ActivityCsvMapping activityMapping;

  @Option(
      names = "--customers",
      paramLabel = "FILE",
      description = "Customers to recommend for (optional; read with --mapping).")
  Path customersFile;

  @Option(
      names = {"--mapping", "--preset"},
      defaultValue = "netflix",
      paramLabel = "NAME|FILE",
      description =
          "How the columns of --customers map to customers: a preset (netflix, telco, bank) or a"
              + " mapping file (default: ${DEFAULT-VALUE}).")
  String mapping;

  @Option(
      names = "--genre-mapping",
      defaultValue = "netflix",
      paramLabel = "NAME",
      description =
          "How favourite genres link to catalog genres for cold starts: netflix or none (default:"
              + " ${DEFAULT-VALUE}).")
  GenreLinks genreMapping;

  @Option(
      names = "--top",
      defaultValue = "" + RunConfig.DEFAULT_RECOMMENDATIONS,
      paramLabel = "N",
      converter = OptionValues.AtLeastOne.class,
      description = "Titles per customer (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin OutputOptions outputs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private CatalogSource catalogSource() {
    CustomerInput.requireFile(titles, "--titles");
    if (catalog == CatalogFormat.NETFLIX) {
      return new CsvCatalogSource(titles);
    }
    if (tags != null) {
      CustomerInput.requireFile(tags, "--tags");
    }
    return new MovieLensCatalogSource(titles, Optional.ofNullable(tags), CsvReadOptions.DEFAULTS);
  }

  private GenreMapping genres() {
    return genreMapping == GenreLinks.NETFLIX ? GenreMapping.NETFLIX : new GenreMapping(Map.of());
  }

  /** The titles of the catalog, at least one. */
  private List<ContentItem> items() {
    List<ContentItem> items;
    try (Stream<ContentItem> stream = catalogSource().items()) {
      items = stream.toList();
    }
    if (items.isEmpty()) {
      throw new RetentionException(titles + " (--titles) holds no titles");
    }
    return items;
  }

  /**
   * Gives every event of {@code --activity} to the recommender's builder, one at a time, noting
   * each event's customer in {@code seen} when asked to.
   *
   * @return how many events there were
   */
  private long addEvents(
      RecommenderFactory.Builder builder,
      ActivityCsvMapping eventsMapping,
      boolean noteCustomers,
      Set<CustomerId> seen) {
    long events = 0;
    try (Stream<ActivityEvent> stream = new CsvActivitySource(activity, eventsMapping).events()) {
      for (ActivityEvent e : (Iterable<ActivityEvent>) stream::iterator) {
        builder.add(e);
        if (noteCustomers) {
          seen.add(e.customer());
        }
        events++;
      }
    }
    return events;
  }

  /**
   * The rows written, the distinct titles recommended and the lists of the first customers, for the
   * console.
   */
  private record Written(
      long rows, Set<String> distinct, Map<CustomerId, List<Recommendation>> shown) {}

  /**
   * Recommends for every customer and writes the rows as they are made, in customer-id order; only
   * the first {@link #SHOWN} customers' lists are kept, for the console.
   */
  private Written write(
      Recommender recommender, List<Customer> customers, Path file, ProgressListener progress) {
    List<Customer> ordered = new ArrayList<>(customers);
    ordered.sort(Comparator.comparing(Customer::id));
    Map<CustomerId, List<Recommendation>> shown = new LinkedHashMap<>();
    Set<String> distinct = new HashSet<>();
    long rows;
    long done = 0;
    try (CsvRowWriter writer =
        CsvRowWriter.open(file, CsvRecommendationWriter.HEADER, outputs.cells())) {
      for (Customer c : ordered) {
        List<Recommendation> list = recommender.recommend(c, top);
        CsvRecommendationWriter.rows(writer, c.id(), list);
        list.forEach(r -> distinct.add(r.content().value()));
        if (shown.size() < SHOWN) {
          shown.put(c.id(), list);
        }
        progress.advanced(++done);
      }
      rows = writer.rows();
      writer.commit();
    }
    return new Written(rows, distinct, shown);
  }

  /** How many customers' recommendations the console shows. */
  private static final int SHOWN = 3;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path file = outputs.folder().file(RunFolder.RECOMMENDATIONS);
    ActivityCsvMapping eventsMapping = activityMapping;
    List<ContentItem> items = items();
    CustomerInput.requireFile(activity, "--activity");
    CustomerSchema schema;
    List<Customer> customers;
    if (customersFile != null) {
      CustomerInput input = new CustomerInput();
      input.customersFile = customersFile;
      input.mapping = mapping;
      input.charset = CsvReadOptions.DEFAULTS.charset();
      CustomerInput.Loaded loaded = input.read();
      schema = loaded.schema();
      customers = loaded.customers();
    } else {
      schema = NO_ATTRIBUTES;
      customers = null;
    }
    // The events go straight into the recommender's builder: they are never all held at once.
    RecommenderFactory.Builder builder =
        Guice.createInjector(new RecommenderModule(genres()))
            .getInstance(RecommenderFactory.class)
            .builder(items, schema);
    Set<CustomerId> seen = new TreeSet<>();
    long events = addEvents(builder, eventsMapping, customers == null, seen);
    if (customers == null) {
      customers =
          seen.stream()
              .map(id -> new Customer(id, Map.of(), Map.of(), ChurnLabel.UNKNOWN))
              .toList();
    }
    out.printf(
        Locale.ROOT,
        "Read %,d titles, %,d events and %,d customers%n",
        items.size(),
        events,
        customers.size());

    Recommender recommender = builder.build();
    ProgressListener progress = outputs.progress(spec.commandLine().getErr());
    progress.started("Recommending for " + customers.size() + " customers", customers.size());
    Written written;
    try (StagedFiles staged = StagedFiles.open(outputs.folder())) {
      written = write(recommender, customers, staged.file(RunFolder.RECOMMENDATIONS), progress);
      staged.commit(List.of());
    }
    long rows = written.rows();
    Set<String> distinct = written.distinct();
    progress.finished();
    out.printf(
        Locale.ROOT,
        "Recommended %,d titles in all (%,d distinct, %.1f%% of the catalog)%n",
        rows,
        distinct.size(),
        100.0 * distinct.size() / items.size());
    written
        .shown()
        .forEach(
            (id, list) -> {
              out.println(id.value() + ":");
              list.stream()
                  .limit(SHOWN)
                  .forEach(r -> out.println("  " + r.title() + " (" + r.reason() + ")"));
            });
    out.printf(Locale.ROOT, "Wrote %s (%,d rows)%n", file, rows);
    out.flush();
    return 0;
  }
}

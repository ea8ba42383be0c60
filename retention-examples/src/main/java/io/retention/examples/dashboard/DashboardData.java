package io.retention.examples.dashboard;

import com.google.inject.Injector;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunManifest;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.persistence.BundleKeys;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.RetentionModel;
import io.retention.examples.report.ReportInput;
import io.retention.examples.run.RetentionPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A run's results loaded once for the dashboard: the summary ({@code metrics.json}, or for a folder
 * of the step commands the summary {@link FolderResults} rebuilds from their outputs, with a line
 * for each part that is missing), the ranked plan, the customers and their RFM scores held column
 * by column, and the model bundle ready to score and explain. Requests read it without loading
 * anything again.
 *
 * <p>Immutable after loading and safe to share between threads.
 */
public final class DashboardData {
  /** How many of the run's customers the explainer uses as background. */
  public static final int BACKGROUND_CUSTOMERS = 200;

  /**
   * A form value above this multiple of the largest value the run saw is refused as impossible (a
   * typing slip such as 5000 watch hours a month), as is a negative value of an attribute the run
   * never saw negative.
   */
  public static final double PLAUSIBLE_SPAN = 10.0;

  /** The id given to a customer typed into the form. */
  public static final String FORM_CUSTOMER = "form";

  private static final String UNKNOWN = "unknown";

  private final RunSummary summary;
  private final PlanTable plans;
  private final CustomerTable customers;
  private final RfmTable rfm;
  private final ChurnPredictor predictor;
  private final Optional<RetentionModel> saved;
  private final SegmentMatcher segments;
  private final List<FormField> form;
  private final List<String> notes;

  private DashboardData(
      RunSummary summary,
      List<String> notes,
      PlanTable plans,
      CustomerTable customers,
      RfmTable rfm,
      ChurnPredictor predictor,
      Optional<RetentionModel> saved) {
    this.summary = summary;
    this.notes = List.copyOf(notes);
    this.saved = saved;
    this.plans = plans;
    this.customers = customers;
    this.rfm = rfm;
    this.predictor = predictor;
    this.segments = new SegmentMatcher(summary.segmentation().segments(), customers);
    this.form = buildForm(customers);
  }

  /** The files of a whole run the dashboard reads, which must come from one run. */
  static final List<String> FILES_READ = FolderResults.RUN_FILES;

  /**
   * Loads a results folder.
   *
   * @param folder the run's folder
   * @param thresholds where risk buckets start
   * @return the loaded data
   * @throws RetentionException when a file is missing or does not read
   */
  public static DashboardData load(RunFolder folder, RiskThresholds thresholds) {
    return load(folder, thresholds, BundleKeys.NONE);
  }

  /**
   * Loads a results folder whose model bundle must carry a signature: a whole run's folder, or one
   * the step commands wrote, with its own {@code customers.csv}.
   *
   * @param folder the run's folder
   * @param thresholds where risk buckets start
   * @param keys the key the bundle must be signed with (none to check nothing)
   * @return the loaded data
   * @throws RetentionException when a file is missing or does not read, or the bundle's signature
   *     does not check
   */
  public static DashboardData load(RunFolder folder, RiskThresholds thresholds, BundleKeys keys) {
    Objects.requireNonNull(folder, "folder");
    if (FolderResults.isWholeRun(folder)) {
      RunManifest.read(folder.dir()).ifPresent(m -> m.requireOneRun(folder.dir(), FILES_READ));
      RunSummary summary = folder.readSummary();
      CustomerTable customers =
          FolderResults.customersOf(folder)
              .orElseThrow(() -> missing(folder, RunFolder.CUSTOMERS, "retention demo"));
      requireCustomers(customers, folder.file(RunFolder.CUSTOMERS));
      return load(
          folder, thresholds, Library.read(folder, customers, keys), summary, List.of(), customers);
    }
    FolderResults.requireResults(folder);
    CustomerTable customers =
        FolderResults.customersOf(folder)
            .orElseThrow(
                () ->
                    new RetentionException(
                        folder.dir()
                            + " has no "
                            + RunFolder.CUSTOMERS
                            + ": the step commands do not copy the customers they read; start the"
                            + " dashboard with --customers FILE (and --mapping) naming that file"));
    return loadSteps(folder, thresholds, keys, customers, RunFolder.CUSTOMERS);
  }

  /**
   * Loads a results folder written by the step commands, with the customers they read: the plan,
   * the model, and the summary rebuilt from the step outputs present ({@link FolderResults}).
   *
   * @param folder the folder of step outputs
   * @param thresholds where risk buckets start
   * @param keys the key the bundle must be signed with (none to check nothing)
   * @param customerFile the customers the steps read
   * @param mapping how its columns map to customers
   * @return the loaded data
   * @throws RetentionException when the plan or the model is missing, a file does not read, or the
   *     outputs were made with another model than the folder's
   */
  public static DashboardData loadSteps(
      RunFolder folder,
      RiskThresholds thresholds,
      BundleKeys keys,
      Path customerFile,
      CustomerCsvMapping mapping) {
    Objects.requireNonNull(folder, "folder");
    return loadSteps(
        folder,
        thresholds,
        keys,
        CustomerTable.read(customerFile, mapping),
        String.valueOf(customerFile.getFileName()));
  }

  private static DashboardData loadSteps(
      RunFolder folder,
      RiskThresholds thresholds,
      BundleKeys keys,
      CustomerTable customers,
      String source) {
    FolderResults.requireResults(folder);
    requireCustomers(customers, Path.of(source));
    if (!Files.isRegularFile(folder.file(RunFolder.PLANS))) {
      throw missing(folder, RunFolder.PLANS, "retention plan");
    }
    if (!Files.isRegularFile(folder.file(RunFolder.MODEL))) {
      throw missing(folder, RunFolder.MODEL, "retention train");
    }
    Library library = Library.read(folder, customers, keys);
    ReportInput input =
        FolderResults.read(folder, customers, source, library.bundle().features().schema().size());
    return load(
        folder,
        thresholds,
        library,
        input.summary(),
        List.copyOf(input.missing().values()),
        customers);
  }

  /** The library's wiring for the customers' layout, and the folder's model read with it. */
  private record Library(
      Injector injector, Optional<RetentionModel> saved, ChurnModelBundle bundle) {
    static Library read(RunFolder folder, CustomerTable customers, BundleKeys keys) {
      Injector injector = RetentionPipeline.injector(customers.schema(), RunConfig.DEFAULTS);
      ModelBundleFile format = injector.getInstance(ModelBundleFile.class).withKeys(keys);
      Optional<RetentionModel> saved = readRunModel(format, folder.file(RunFolder.MODEL));
      ChurnModelBundle bundle =
          saved.isPresent()
              ? saved.get().churn()
              : readBundle(format, folder.file(RunFolder.MODEL));
      return new Library(injector, saved, bundle);
    }
  }

  private static void requireCustomers(CustomerTable customers, Path file) {
    if (customers.size() == 0) {
      throw new RetentionException(file + " has no customers");
    }
  }

  private static RetentionException missing(RunFolder folder, String file, String command) {
    return new RetentionIoException(
        folder.dir()
            + " has no "
            + file
            + ": "
            + command
            + " --output "
            + folder.dir()
            + " writes it",
        folder.file(file));
  }

  private static DashboardData load(
      RunFolder folder,
      RiskThresholds thresholds,
      Library library,
      RunSummary summary,
      List<String> notes,
      CustomerTable customers) {
    PlanTable plans = PlanTable.read(folder.file(RunFolder.PLANS));
    RfmTable rfm = RfmTable.read(folder.file(RunFolder.RFM));
    ChurnPredictor predictor =
        new ChurnPredictor(
            library.bundle(),
            customers.sample(BACKGROUND_CUSTOMERS),
            thresholds,
            library.injector().getInstance(ExplainerFactory.class));
    return new DashboardData(summary, notes, plans, customers, rfm, predictor, library.saved());
  }

  /**
   * Reads the whole model a run saved, with its signals and segments.
   *
   * @param format the bundle format
   * @param file the bundle file
   * @return the model, or empty when the file holds a churn model only
   * @throws RetentionException when the file is missing, corrupted or foreign
   */
  static Optional<RetentionModel> readRunModel(ModelBundleFile format, Path file) {
    byte[] bytes;
    try {
      bytes = ModelBundleFile.readFile(file);
    } catch (NoSuchFileException e) {
      throw new RetentionIoException(file + " does not exist: the run saved no model", file, e);
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
    return format.holdsRunModel(bytes, file.toString())
        ? Optional.of(format.readModel(bytes, file.toString()))
        : Optional.empty();
  }

  /**
   * Reads a model bundle written by a run.
   *
   * @param format the bundle format, with the codecs of the library's modules
   * @param file the bundle file
   * @return the bundle
   * @throws RetentionIoException when the file is missing or cannot be read
   * @throws RetentionException when it is corrupted or foreign
   */
  public static ChurnModelBundle readBundle(ModelBundleFile format, Path file) {
    try {
      return format.read(ModelBundleFile.readFile(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new RetentionIoException(file + " does not exist: the run saved no model", file, e);
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
  }

  /**
   * The run summary.
   *
   * @return the summary
   */
  public RunSummary summary() {
    return summary;
  }

  /**
   * What the folder lacks, one line per missing part naming the command that writes it: empty for a
   * whole run's folder.
   *
   * @return the lines
   */
  public List<String> missing() {
    return notes;
  }

  /**
   * The ranked plan.
   *
   * @return the table
   */
  public PlanTable plans() {
    return plans;
  }

  /**
   * The customers.
   *
   * @return the table
   */
  public CustomerTable customers() {
    return customers;
  }

  /**
   * The fields of the prediction form, numeric attributes first.
   *
   * @return the fields
   */
  public List<FormField> form() {
    return form;
  }

  /**
   * The model's description.
   *
   * @return the description
   */
  public String modelDescription() {
    return predictor.modelDescription();
  }

  /**
   * Looks a customer of the run up and predicts.
   *
   * @param customerId the id
   * @return the details, or empty when the run has no such customer
   */
  public Optional<CustomerDetails> customer(String customerId) {
    OptionalInt row = customers.find(customerId);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Customer c = customers.customer(row.getAsInt());
    Optional<PlanEntry> plan = plans.find(customerId);
    String segment = plan.map(PlanEntry::segment).orElseGet(() -> segmentOf(c));
    RfmEntry score = rfm.find(c.id()).orElseGet(() -> rfmOf(c));
    Map<String, Object> attributes = new LinkedHashMap<>();
    CustomerSchema schema = customers.schema();
    for (String a : schema.numericAttributes()) {
      c.numericValue(a).ifPresent(v -> attributes.put(a, v));
    }
    for (String a : schema.categoricalAttributes()) {
      c.categoricalValue(a).ifPresent(v -> attributes.put(a, v));
    }
    String outcome = c.isLabelled() ? (c.churned() ? "churned" : "retained") : UNKNOWN;
    return Optional.of(
        new CustomerDetails(
            customerId,
            attributes,
            outcome,
            plan.map(List::of).orElse(List.of()),
            predictor.predict(c, segment, score)));
  }

  /**
   * Predicts for a customer typed into the form, after checking every field.
   *
   * @param input attribute values by name: numbers (or numeric text) for numeric attributes, one of
   *     the known levels for categorical ones; every form field is required
   * @return the prediction
   * @throws IllegalArgumentException naming the first wrong field at the start of its message
   */
  public Prediction predict(Map<String, ?> input) {
    Customer c = FormInput.toCustomer(FORM_CUSTOMER, input, form);
    return predictor.predict(c, segmentOf(c), rfmOf(c));
  }

  /**
   * A customer's segment: the run's saved segmentation places it as the run did; an older folder
   * without one falls back to the nearest segment profile.
   */
  private String segmentOf(Customer c) {
    return saved.map(m -> m.segmentation().assign(c).name()).orElseGet(() -> segments.nearest(c));
  }

  /** A customer's RFM: the run's saved cut points, or an estimate from the RFM table without. */
  private RfmEntry rfmOf(Customer c) {
    if (saved.isEmpty() || !saved.get().signals().hasRfm()) {
      return estimateRfm(c);
    }
    CustomerSchema schema = customers.schema();
    Optional<RfmScore> score = saved.get().signals().rfm(c);
    if (score.isEmpty()) {
      return new RfmEntry(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, UNKNOWN);
    }
    RfmScore s = score.get();
    return new RfmEntry(
        value(c, schema.attribute(AttributeRole.RECENCY)),
        value(
            c,
            schema
                .attribute(AttributeRole.FREQUENCY)
                .or(() -> schema.attribute(AttributeRole.USAGE))),
        value(c, schema.attribute(AttributeRole.SPEND)),
        s.recency(),
        s.frequency(),
        s.monetary(),
        s.label());
  }

  private static double value(Customer c, Optional<String> attribute) {
    return attribute.flatMap(a -> boxed(c.numericValue(a))).orElse(Double.NaN);
  }

  private static Optional<Double> boxed(OptionalDouble v) {
    return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
  }

  private RfmEntry estimateRfm(Customer c) {
    CustomerSchema schema = customers.schema();
    Optional<String> r = schema.attribute(AttributeRole.RECENCY);
    Optional<String> f =
        schema.attribute(AttributeRole.FREQUENCY).or(() -> schema.attribute(AttributeRole.USAGE));
    Optional<String> m = schema.attribute(AttributeRole.SPEND);
    if (rfm.size() == 0 || r.isEmpty() || f.isEmpty() || m.isEmpty()) {
      return new RfmEntry(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, UNKNOWN);
    }
    OptionalDouble rv = c.numericValue(r.get());
    OptionalDouble fv = c.numericValue(f.get());
    OptionalDouble mv = c.numericValue(m.get());
    if (rv.isEmpty() || fv.isEmpty() || mv.isEmpty()) {
      return new RfmEntry(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, UNKNOWN);
    }
    return rfm.estimate(rv.getAsDouble(), fv.getAsDouble(), mv.getAsDouble());
  }

  private static List<FormField> buildForm(CustomerTable customers) {
    List<FormField> fields = new ArrayList<>();
    CustomerSchema schema = customers.schema();
    for (String a : schema.numericAttributes()) {
      double[] column = Arrays.stream(customers.column(a)).filter(v -> !Double.isNaN(v)).toArray();
      Arrays.sort(column);
      double min = column.length > 0 && column[0] >= 0 ? 0.0 : Double.NaN;
      double max =
          column.length > 0 && column[column.length - 1] > 0
              ? column[column.length - 1] * PLAUSIBLE_SPAN
              : Double.NaN;
      String example =
          column.length == 0 ? "" : String.format(Locale.ROOT, "%s", column[column.length / 2]);
      fields.add(new FormField(a, FormField.NUMERIC, min, max, example, List.of()));
    }
    for (String a : schema.categoricalAttributes()) {
      List<String> levels = customers.levels(a).stream().sorted().toList();
      fields.add(
          new FormField(
              a,
              FormField.CATEGORICAL,
              Double.NaN,
              Double.NaN,
              levels.isEmpty() ? "" : levels.get(0),
              levels));
    }
    return List.copyOf(fields);
  }
}

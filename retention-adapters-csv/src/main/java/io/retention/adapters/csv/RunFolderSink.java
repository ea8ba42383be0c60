package io.retention.adapters.csv;

import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.persistence.AtomicFiles;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ResultKind;
import io.retention.core.port.out.ResultWriter;
import io.retention.core.port.out.RetentionModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The results folder as an {@link AnalysisSink}: each result becomes its file of the {@link
 * RunFolder} (RFC 4180 CSV, the model bundle, {@code metrics.json}), each written to a temporary
 * file and moved into place, so that a reader never sees half a result. The folder is created when
 * the first result arrives. One run at a time.
 */
public final class RunFolderSink implements AnalysisSink {
  private static final Map<ResultKind, String> FILES = new EnumMap<>(ResultKind.class);

  static {
    FILES.put(ResultKind.CUSTOMERS, RunFolder.CUSTOMERS);
    FILES.put(ResultKind.CUSTOMER_MAPPING, RunFolder.CUSTOMER_MAPPING);
    FILES.put(ResultKind.RFM, RunFolder.RFM);
    FILES.put(ResultKind.SEGMENTS, RunFolder.SEGMENTS);
    FILES.put(ResultKind.SCORES, RunFolder.SCORES);
    FILES.put(ResultKind.MODEL, RunFolder.MODEL);
    FILES.put(ResultKind.EXPLANATIONS, RunFolder.EXPLANATIONS);
    FILES.put(ResultKind.RECOMMENDATIONS, RunFolder.RECOMMENDATIONS);
    FILES.put(ResultKind.PLANS, RunFolder.PLANS);
  }

  private final RunFolder folder;
  private final ModelBundleFile bundleFile;

  /**
   * Creates the sink; nothing is written yet.
   *
   * @param folder the results folder
   * @param bundleFile the format the model bundle is written in
   */
  public RunFolderSink(RunFolder folder, ModelBundleFile bundleFile) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.bundleFile = Objects.requireNonNull(bundleFile, "bundleFile");
  }

  /**
   * The folder.
   *
   * @return the results folder
   */
  public RunFolder folder() {
    return folder;
  }

  /**
   * Copies the customers into the folder with the mapping that reads them back, so that the folder
   * is complete on its own (the dashboard reads it); the churn label is kept when every customer
   * has one.
   */
  @Override
  public void customers(CustomerSource customers, boolean withLabels) {
    CustomerCsvMapping mapping =
        new CustomerCsvMapping(
            RunFolder.CUSTOMER_ID_COLUMN,
            withLabels ? RunFolder.CHURNED_COLUMN : CustomerCsvMapping.NO_LABEL,
            customers.schema());
    Path file = file(RunFolder.CUSTOMERS);
    try (Stream<Customer> stream = customers.customers()) {
      new CsvCustomerWriter(mapping).write(file, stream);
    }
    Path mappingFile = file(RunFolder.CUSTOMER_MAPPING);
    try {
      AtomicFiles.writeString(mappingFile, mapping.toFileText());
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", mappingFile, e);
    }
  }

  @Override
  public ResultWriter<CustomerRfm> rfm() {
    return new Rows<>(
        CsvRowWriter.open(file(RunFolder.RFM), RunFolder.RFM_HEADER),
        (out, r) ->
            out.row(
                r.customer().value(),
                cell(r.recency()),
                cell(r.frequency()),
                cell(r.monetary()),
                Integer.toString(r.score().recency()),
                Integer.toString(r.score().frequency()),
                Integer.toString(r.score().monetary()),
                r.score().label()));
  }

  @Override
  public ResultWriter<CustomerSegment> segments() {
    return new Rows<>(
        CsvRowWriter.open(file(RunFolder.SEGMENTS), CsvSegmentWriter.HEADER),
        (out, s) ->
            out.row(
                s.customer().value(), Integer.toString(s.segment().index()), s.segment().name()));
  }

  @Override
  public void scores(List<ChurnScore> ranked) {
    new CsvScoreSink(file(RunFolder.SCORES)).write(ranked);
  }

  @Override
  public void model(RetentionModel model) {
    Path target = file(RunFolder.MODEL);
    try {
      AtomicFiles.write(target, bundleFile.write(model));
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", target, e);
    }
  }

  @Override
  public void explanations(Map<CustomerId, Explanation> explanations) {
    new CsvExplanationWriter(file(RunFolder.EXPLANATIONS)).write(explanations);
  }

  @Override
  public ResultWriter<CustomerRecommendations> recommendations() {
    return new Rows<>(
        CsvRowWriter.open(file(RunFolder.RECOMMENDATIONS), CsvRecommendationWriter.HEADER),
        (out, r) -> CsvRecommendationWriter.rows(out, r.customer(), r.titles()));
  }

  @Override
  public void plans(List<RetentionPlan> ranked) {
    new CsvPlanSink(file(RunFolder.PLANS)).write(ranked);
  }

  @Override
  public void summary(RunSummary summary) {
    ensureFolder();
    folder.writeSummary(summary);
  }

  @Override
  public Optional<String> location(ResultKind kind) {
    return Optional.ofNullable(FILES.get(kind));
  }

  private Path file(String name) {
    ensureFolder();
    return folder.file(name);
  }

  private void ensureFolder() {
    try {
      Files.createDirectories(folder.dir());
    } catch (IOException e) {
      throw RetentionIoException.cannot("create the folder", folder.dir(), e);
    }
  }

  private static String cell(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** A CSV result written row by row through a {@link CsvRowWriter}. */
  private static final class Rows<T> implements ResultWriter<T> {
    private final CsvRowWriter out;
    private final BiConsumer<CsvRowWriter, T> format;

    Rows(CsvRowWriter out, BiConsumer<CsvRowWriter, T> format) {
      this.out = out;
      this.format = format;
    }

    @Override
    public void write(T row) {
      format.accept(out, row);
    }

    @Override
    public void commit() {
      out.commit();
    }

    @Override
    public void close() {
      out.close();
    }
  }
}

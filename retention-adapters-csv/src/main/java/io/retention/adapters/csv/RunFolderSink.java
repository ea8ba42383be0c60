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
 * RunFolder} (RFC 4180 CSV, the model bundle, {@code metrics.json}).
 *
 * <p>The files of a run are written into a staging folder inside the results folder ({@code
 * .run-<id>}) and moved into place together when the run {@linkplain #finish finishes}, with {@link
 * RunManifest} ({@code manifest.json}) saying which run wrote each file: a run that fails (a full
 * disk, a crash, bad data) leaves the previous run's files as they were, and a folder left halfway
 * through the moves is known to be mixed. A whole run replaces every result file of the folder (a
 * result it did not make, such as recommendations without a catalog, is removed); a plan or score
 * into the folder replaces only its own files and records its own run id, so a reader can refuse to
 * mix them. The folder is created when the first result arrives; staging folders of failed runs are
 * removed when the next run starts. One run at a time.
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

  /** Every file a whole run writes; one it did not write this time is an earlier run's. */
  private static final List<String> RESULT_FILES =
      java.util.stream.Stream.concat(FILES.values().stream(), Stream.of(RunFolder.METRICS))
          .toList();

  private final RunFolder folder;
  private final ModelBundleFile bundleFile;
  private final CellEscaping cells;
  private final StagedFiles staged;
  private boolean whole;

  /**
   * Creates the sink; nothing is written yet.
   *
   * @param folder the results folder
   * @param bundleFile the format the model bundle is written in
   */
  public RunFolderSink(RunFolder folder, ModelBundleFile bundleFile) {
    this(folder, bundleFile, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Creates the sink with a choice of cell escaping for the result files.
   *
   * @param folder the results folder
   * @param bundleFile the format the model bundle is written in
   * @param cells how text cells of the result files are written ({@link CellEscaping#RAW} for raw
   *     values; the data files are always raw)
   */
  public RunFolderSink(RunFolder folder, ModelBundleFile bundleFile, CellEscaping cells) {
    this(StagedFiles.open(folder), bundleFile, cells);
  }

  /**
   * Creates the sink over a write already opened, for results recorded under a given run id (those
   * made with the folder's model, {@link StagedFiles#madeWith}).
   *
   * @param staged the write, not yet used
   * @param bundleFile the format the model bundle is written in
   * @param cells how text cells of the result files are written
   */
  public RunFolderSink(StagedFiles staged, ModelBundleFile bundleFile, CellEscaping cells) {
    this.staged = Objects.requireNonNull(staged, "staged");
    this.folder = staged.folder();
    this.bundleFile = Objects.requireNonNull(bundleFile, "bundleFile");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  /**
   * The id this sink records in the manifest for the files it writes.
   *
   * @return 16 hexadecimal digits, random unless the sink was made over a write with a given id
   */
  public String runId() {
    return staged.runId();
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
        CsvRowWriter.open(file(RunFolder.RFM), RunFolder.RFM_HEADER, cells),
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
        CsvRowWriter.open(file(RunFolder.SEGMENTS), CsvSegmentWriter.HEADER, cells),
        (out, s) ->
            out.row(
                s.customer().value(), Integer.toString(s.segment().index()), s.segment().name()));
  }

  @Override
  public void scores(List<ChurnScore> ranked) {
    new CsvScoreSink(file(RunFolder.SCORES), cells).write(ranked);
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
    new CsvExplanationWriter(file(RunFolder.EXPLANATIONS), cells).write(explanations);
  }

  @Override
  public ResultWriter<CustomerRecommendations> recommendations() {
    return new Rows<>(
        CsvRowWriter.open(file(RunFolder.RECOMMENDATIONS), CsvRecommendationWriter.HEADER, cells),
        (out, r) -> CsvRecommendationWriter.rows(out, r.customer(), r.titles()));
  }

  @Override
  public void plans(List<RetentionPlan> ranked) {
    new CsvPlanSink(file(RunFolder.PLANS), cells).write(ranked);
  }

  @Override
  public void summary(RunSummary summary) {
    Path metrics = staged.file(RunFolder.METRICS);
    new RunFolder(metrics.getParent()).writeSummary(summary);
    whole = true;
  }

  /**
   * Puts the run's files in place: the manifest marked moving, each staged file moved over its
   * target, the result files a whole run did not make removed, the manifest marked complete, the
   * staging folder removed. Nothing happens when nothing was written.
   *
   * @throws RetentionIoException when a file cannot be moved or removed
   */
  @Override
  public void finish() {
    staged.commit(whole ? RESULT_FILES : List.of());
    whole = false;
  }

  @Override
  public Optional<String> location(ResultKind kind) {
    return Optional.ofNullable(FILES.get(kind));
  }

  private Path file(String name) {
    return staged.file(name);
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

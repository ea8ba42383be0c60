package io.retention.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunFolderSink;
import io.retention.adapters.csv.RunManifest;
import io.retention.adapters.csv.StagedFiles;
import io.retention.core.RetentionException;
import io.retention.core.analysis.RetentionAnalysis;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.ResultWriter;
import io.retention.core.port.out.RetentionModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's files go into place together, and a failed run leaves the previous one as it was. */
class RunFolderStagingTest {
  private static final RunConfig CONFIG = RunConfig.DEFAULTS.withSeed(3);
  private static final GeneratedSubscribers WORLD = new GeneratedSubscribers(800, 30, 3);

  private static Injector injector;

  @TempDir Path dir;

  @BeforeAll
  static void wire() {
    injector = WholeAnalysisTest.hostInjector(GeneratedSubscribers.SCHEMA, CONFIG);
  }

  private static RunInputs inputs() {
    return RunInputs.of("generated", WORLD.source());
  }

  private RunFolderSink sink(RunFolder folder) {
    return new RunFolderSink(folder, injector.getInstance(ModelBundleFile.class));
  }

  private RunSummary run(AnalysisSink sink) {
    return injector
        .getInstance(RetentionAnalysis.class)
        .run(inputs(), CONFIG, sink, ProgressListener.NONE);
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          out.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
      }
    }
    return out;
  }

  private static boolean hasStaging(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith(".run-"));
    }
  }

  @Test
  void aRunPutsEveryFileInPlaceUnderOneRunId() throws IOException {
    RunFolder folder = new RunFolder(dir);
    RunFolderSink sink = sink(folder);
    RunSummary summary = run(sink);
    RunManifest manifest = RunManifest.read(dir).orElseThrow();
    assertEquals(RunManifest.COMPLETE, manifest.state());
    assertEquals(sink.runId(), manifest.run());
    for (String file : summary.files().values()) {
      assertEquals(sink.runId(), manifest.files().get(file), file);
      assertTrue(Files.isRegularFile(folder.file(file)), file);
    }
    assertEquals(sink.runId(), manifest.files().get(RunFolder.METRICS));
    assertFalse(hasStaging(dir), "no staging folder is left");
    manifest.requireOneRun(dir, manifest.files().keySet());
  }

  @Test
  void aRunThatFailsLeavesThePreviousRunsFilesAsTheyWere() throws IOException {
    run(sink(new RunFolder(dir)));
    Map<String, byte[]> before = contents(dir);
    AnalysisSink failing = new FailsOnPlans(sink(new RunFolder(dir)));
    assertThrows(IllegalStateException.class, () -> run(failing));
    Map<String, byte[]> after = contents(dir);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    assertTrue(hasStaging(dir), "the failed run's files stay aside");
    run(sink(new RunFolder(dir)));
    assertFalse(hasStaging(dir), "the next run removes them");
  }

  @Test
  void aPlanWrittenIntoTheFolderOfARunIsRecordedAsAnotherRun() {
    RunFolder folder = new RunFolder(dir);
    RunFolderSink first = sink(folder);
    run(first);
    ModelBundleFile format = injector.getInstance(ModelBundleFile.class);
    RetentionModel model;
    try {
      model = format.readModel(Files.readAllBytes(folder.file(RunFolder.MODEL)), "model.bundle");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    RunFolderSink second = sink(folder);
    injector
        .getInstance(RetentionAnalysis.class)
        .plan(
            inputs(),
            model,
            Map.of(),
            OptionalDouble.empty(),
            CONFIG,
            second,
            ProgressListener.NONE);
    RunManifest manifest = RunManifest.read(dir).orElseThrow();
    assertEquals(second.runId(), manifest.files().get(RunFolder.PLANS));
    assertEquals(first.runId(), manifest.files().get(RunFolder.METRICS));
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> manifest.requireOneRun(dir, Set.of(RunFolder.METRICS, RunFolder.PLANS)));
    assertTrue(e.getMessage().contains("mixes the results of different runs"), e.getMessage());
    manifest.requireOneRun(dir, Set.of(RunFolder.METRICS, RunFolder.MODEL));
  }

  @Test
  void aModelTrainedIntoTheFolderOfARunIsRecordedAsAnotherRun() throws IOException {
    RunFolder folder = new RunFolder(dir);
    run(sink(folder));
    byte[] bundle = Files.readAllBytes(folder.file(RunFolder.MODEL));
    try (StagedFiles staged = StagedFiles.open(folder)) {
      Files.write(staged.file(RunFolder.MODEL), bundle);
      staged.commit(List.of());
    }
    RunManifest manifest = RunManifest.read(dir).orElseThrow();
    assertThrows(
        RetentionException.class,
        () -> manifest.requireOneRun(dir, Set.of(RunFolder.METRICS, RunFolder.MODEL)));
    try (StagedFiles abandoned = StagedFiles.open(folder)) {
      Files.writeString(abandoned.file(RunFolder.PLANS), "half");
    }
    assertFalse(hasStaging(dir), "an abandoned write removes its staging folder");
    assertEquals(manifest, RunManifest.read(dir).orElseThrow(), "and leaves the manifest");
  }

  /** A sink that stores everything but fails when the plans arrive, as a full disk would. */
  private static final class FailsOnPlans implements AnalysisSink {
    private final AnalysisSink target;

    FailsOnPlans(AnalysisSink target) {
      this.target = target;
    }

    @Override
    public void customers(CustomerSource customers, boolean withLabels) {
      target.customers(customers, withLabels);
    }

    @Override
    public ResultWriter<CustomerRfm> rfm() {
      return target.rfm();
    }

    @Override
    public ResultWriter<CustomerSegment> segments() {
      return target.segments();
    }

    @Override
    public void scores(List<ChurnScore> ranked) {
      target.scores(ranked);
    }

    @Override
    public void model(RetentionModel model) {
      target.model(model);
    }

    @Override
    public void explanations(Map<CustomerId, Explanation> explanations) {
      target.explanations(explanations);
    }

    @Override
    public ResultWriter<CustomerRecommendations> recommendations() {
      return target.recommendations();
    }

    @Override
    public void plans(List<RetentionPlan> ranked) {
      throw new IllegalStateException("no space left on device");
    }

    @Override
    public void summary(RunSummary summary) {
      target.summary(summary);
    }

    @Override
    public void finish() {
      target.finish();
    }

    @Override
    public Optional<String> location(io.retention.core.port.out.ResultKind kind) {
      return target.location(kind);
    }
  }
}

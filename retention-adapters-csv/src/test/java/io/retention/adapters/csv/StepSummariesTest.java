package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.application.ModelSelectionReport;
import io.retention.core.evaluation.CalibrationCurve;
import io.retention.core.evaluation.ConfusionMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummariesTest {
  @TempDir Path dir;

  private static final double[] P = {0.1, 0.8, 0.3, 0.9, 0.2, 0.7};
  private static final boolean[] Y = {false, true, false, true, true, false};

  private static ModelSelectionReport report() {
    CalibrationCurve curve = CalibrationCurve.of(P, Y, 3);
    return new ModelSelectionReport(
        List.of(
            new ModelSelectionReport.CandidateScores(
                "logistic-regression",
                List.of(
                    new ModelSelectionReport.FoldScores(0, 0.8, 0.7, 0.5, 0.2),
                    new ModelSelectionReport.FoldScores(1, 0.9, Double.NaN, 0.4, 0.1))),
            new ModelSelectionReport.CandidateScores(
                "random-forest",
                List.of(
                    new ModelSelectionReport.FoldScores(0, 0.7, 0.6, 0.6, 0.2),
                    new ModelSelectionReport.FoldScores(1, 0.8, 0.5, 0.5, 0.2)))),
        "logistic-regression",
        "platt",
        0.2,
        0.19,
        curve,
        curve,
        "maximum F1",
        0.42,
        ConfusionMatrix.at(P, Y, 0.42),
        List.of());
  }

  @Test
  void aModelSelectionReportReadsBackAsTheModelPartOfARunSummary() throws Exception {
    Path file = dir.resolve(StepSummaries.MODEL_SELECTION);
    Files.writeString(file, report().toJson());
    RunSummary.ModelSummary m = StepSummaries.readModelSelection(file, 12);
    assertEquals("logistic-regression", m.chosen());
    assertEquals(ModelSelectionReport.SELECTION_METRIC, m.selectionMetric());
    assertEquals(2, m.folds());
    assertEquals("platt", m.calibration());
    assertEquals(0.42, m.threshold());
    assertEquals("maximum F1", m.thresholdRule());
    assertEquals(12, m.features());
    RunSummary.Candidate lr = m.candidates().get(0);
    assertEquals(List.of(0.7, Double.NaN), lr.foldPrAuc(), "an unmeasured score reads as NaN");
    assertEquals(List.of(0.8, 0.9), lr.foldRocAuc());
    assertEquals(0.85, lr.meanRocAuc(), 1e-12);
    assertEquals("random-forest", m.candidates().get(1).name());
  }

  @Test
  void aFileThatIsNotAModelSelectionReportIsRefusedByName() throws Exception {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"candidates\":[]}");
    RetentionException e =
        assertThrows(RetentionException.class, () -> StepSummaries.readModelSelection(file, 0));
    assertTrue(e.getMessage().startsWith(file + " is not a model-selection report"));
    Files.writeString(file, "not json");
    assertThrows(RetentionException.class, () -> StepSummaries.readModelSelection(file, 0));
    Files.writeString(file, "{\"candidates\":[{\"name\":\"a\",\"folds\":[]}]}");
    e = assertThrows(RetentionException.class, () -> StepSummaries.readModelSelection(file, 0));
    assertTrue(e.getMessage().contains("'chosen'"), e.getMessage());
  }

  @Test
  void aSegmentationSummaryReadsBackEqualWithNanAsJsonNull() {
    RunSummary.SegmentationSummary s =
        new RunSummary.SegmentationSummary(
            2,
            "silhouette",
            List.of(new RunSummary.KScore(2, 10.0, 0.4, Double.NaN)),
            List.of("watch_hours"),
            List.of(
                new RunSummary.Segment(
                    0,
                    "Engaged",
                    30,
                    0.1,
                    Map.of("watch_hours", 9.5),
                    "Engaged: watch_hours 9.5 vs 7.0 overall (+36%)"),
                new RunSummary.Segment(1, "Quiet", 10, Double.NaN, Map.of(), "")));
    Path file = dir.resolve(StepSummaries.SEGMENTATION);
    StepSummaries.writeSegmentation(file, s);
    assertEquals(s, StepSummaries.readSegmentation(file));
  }

  @Test
  void aMissingOrForeignSegmentationFileIsRefusedByName() throws Exception {
    Path file = dir.resolve(StepSummaries.SEGMENTATION);
    RetentionIoException missing =
        assertThrows(RetentionIoException.class, () -> StepSummaries.readSegmentation(file));
    assertEquals(file, missing.path());
    Files.writeString(file, "{\"k\":\"two\"}");
    RetentionException e =
        assertThrows(RetentionException.class, () -> StepSummaries.readSegmentation(file));
    assertTrue(e.getMessage().startsWith(file + " is not a segmentation summary"));
  }
}

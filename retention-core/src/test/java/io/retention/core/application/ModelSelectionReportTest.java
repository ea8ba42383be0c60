package io.retention.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.evaluation.CalibrationCurve;
import io.retention.core.evaluation.ConfusionMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSelectionReportTest {
  private static final CalibrationCurve CURVE =
      CalibrationCurve.of(new double[] {0.2, 0.7}, new boolean[] {false, true}, 2);

  private static ModelSelectionReport report(List<String> warnings) {
    return new ModelSelectionReport(
        List.of(
            new ModelSelectionReport.CandidateScores(
                "lr \"quoted\"",
                List.of(
                    new ModelSelectionReport.FoldScores(0, 0.8, 0.6, 0.5, 0.2),
                    new ModelSelectionReport.FoldScores(1, 0.9, 0.7, 0.4, 0.1)))),
        "lr \"quoted\"",
        "none",
        0.15,
        0.15,
        CURVE,
        CURVE,
        "fixed 0.5",
        0.5,
        new ConfusionMatrix(3, 1, 5, 1),
        warnings);
  }

  @Test
  void meansAreOverTheFolds() {
    ModelSelectionReport.CandidateScores c = report(List.of()).candidates().get(0);
    assertEquals(0.65, c.meanPrAuc(), 1e-12);
    assertEquals(0.85, c.meanRocAuc(), 1e-12);
  }

  @Test
  void jsonEscapesNamesAndListsTheFoldsAndWarnings() {
    String json = report(List.of("feature 'x' leaks")).toJson();
    assertTrue(json.startsWith("{\"candidates\":[{\"name\":\"lr \\\"quoted\\\"\""), json);
    assertTrue(
        json.contains("{\"fold\":1,\"rocAuc\":0.9,\"prAuc\":0.7,\"logLoss\":0.4,\"brier\":0.1}"),
        json);
    assertTrue(json.contains("\"atThreshold\":{\"tp\":3,\"fp\":1,\"tn\":5,\"fn\":1"), json);
    assertTrue(json.endsWith("\"warnings\":[\"feature 'x' leaks\"]}"), json);
  }

  @Test
  void theTableMarksTheChoiceAndListsWarnings() {
    String table = report(List.of("feature 'x' leaks")).toTable();
    assertTrue(table.contains("0.6000 0.7000  <- chosen"), table);
    assertTrue(table.contains("warning: feature 'x' leaks"), table);
    assertTrue(table.contains("Brier 0.1500 -> 0.1500"), table);
  }
}

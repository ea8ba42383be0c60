package io.retention.core.analysis;

import io.retention.core.domain.ChurnScore;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ResultKind;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.strategy.RetentionEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every customer in one pass, stores the scores (highest risk first) and the model, and
 * gives every customer position its probability and its plan priority before explanations.
 */
final class ScoringStage {
  private final RetentionEngine engine;

  ScoringStage(RetentionEngine engine) {
    this.engine = engine;
  }

  /** The scores and priorities by customer position. */
  record Scores(PlanInputs plans, double[] priorities) {}

  Scores run(
      CustomerPasses passes,
      SignalTable signals,
      SegmentAssignment segments,
      ChurnModelBundle bundle,
      Map<String, String> facts,
      AnalysisSink sink,
      RunFiles files) {
    int n = passes.size();
    double[] probabilities = new double[n];
    double[] priorities = new double[n];
    PlanInputs inputs = new PlanInputs(passes, signals, segments, probabilities);
    passes.forEachChunk(
        "Scoring customers",
        (start, chunk) -> {
          double[] p = bundle.model().probabilities(bundle.features().transformAll(chunk));
          for (int j = 0; j < p.length; j++) {
            int i = start + j;
            probabilities[i] = p[j];
            priorities[i] = engine.plan(inputs.signals(i).build()).priority();
          }
        });
    List<ChurnScore> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      scores.add(new ChurnScore(passes.id(i), probabilities[i]));
    }
    sink.scores(scores.stream().sorted(ChurnScore.HIGHEST_RISK_FIRST).toList());
    files.add(ResultKind.SCORES);
    Map<String, String> metadata = new LinkedHashMap<>(bundle.metadata());
    metadata.putAll(facts);
    sink.model(
        new RetentionModel(
            new ChurnModelBundle(bundle.features(), bundle.model(), metadata),
            signals.fitted(),
            segments.fitted()));
    files.add(ResultKind.MODEL);
    return new Scores(inputs, priorities);
  }
}

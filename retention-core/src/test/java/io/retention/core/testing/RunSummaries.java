package io.retention.core.testing;

import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.ActionCount;
import io.retention.core.analysis.RunSummary.CalibrationBin;
import io.retention.core.analysis.RunSummary.Candidate;
import io.retention.core.analysis.RunSummary.ContentSummary;
import io.retention.core.analysis.RunSummary.Contribution;
import io.retention.core.analysis.RunSummary.CurvePoint;
import io.retention.core.analysis.RunSummary.CustomerExplanation;
import io.retention.core.analysis.RunSummary.DataSummary;
import io.retention.core.analysis.RunSummary.Driver;
import io.retention.core.analysis.RunSummary.GenreCount;
import io.retention.core.analysis.RunSummary.HoldOutSummary;
import io.retention.core.analysis.RunSummary.KScore;
import io.retention.core.analysis.RunSummary.LabelCount;
import io.retention.core.analysis.RunSummary.ModelSummary;
import io.retention.core.analysis.RunSummary.PlanRow;
import io.retention.core.analysis.RunSummary.RfmCell;
import io.retention.core.analysis.RunSummary.RfmSummary;
import io.retention.core.analysis.RunSummary.Segment;
import io.retention.core.analysis.RunSummary.SegmentationSummary;
import io.retention.core.analysis.RunSummary.Stage;
import io.retention.core.analysis.RunSummary.YearTypeCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small but complete run summary, for tests of what reads one. */
public final class RunSummaries {
  private RunSummaries() {}

  /**
   * A summary with every part filled, including one NaN churn rate.
   *
   * @return the summary
   */
  public static RunSummary sample() {
    List<CurvePoint> roc = new ArrayList<>();
    List<CurvePoint> pr = new ArrayList<>();
    for (int i = 0; i <= 10; i++) {
      double x = i / 10.0;
      roc.add(new CurvePoint(x, Math.sqrt(x)));
      pr.add(new CurvePoint(x, 1.0 - 0.6 * x));
    }
    List<CalibrationBin> before = new ArrayList<>();
    List<CalibrationBin> after = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double p = (i + 0.5) / 10.0;
      before.add(new CalibrationBin(p, Math.min(1.0, p * 1.2), 100 - i * 5));
      after.add(new CalibrationBin(p, p, 100 - i * 5));
    }
    List<RfmCell> grid = new ArrayList<>();
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        grid.add(new RfmCell(r, f, 10L * r + f, 0.5 - 0.04 * r - 0.03 * f, 10.0 * f));
      }
    }
    return new RunSummary(
        "0.1.0-SNAPSHOT",
        "2026-11-21T18:00:00Z",
        42,
        new DataSummary("generated", 1000, 1000, 0.3, 200, 25_000, "2026-06-30"),
        new ModelSummary(
            "random-forest",
            "PR-AUC",
            5,
            List.of(
                new Candidate(
                    "logistic-regression",
                    List.of(0.61, 0.63, 0.60, 0.62, 0.64),
                    List.of(0.84, 0.85, 0.83, 0.84, 0.86),
                    0.62,
                    0.844),
                new Candidate(
                    "random-forest",
                    List.of(0.63, 0.64, 0.62, 0.63, 0.65),
                    List.of(0.85, 0.86, 0.84, 0.85, 0.86),
                    0.634,
                    0.852)),
            "isotonic",
            0.35,
            "max F1",
            24),
        new HoldOutSummary(
            200, 0.3, 0.85, 0.66, 0.45, 0.16, 0.15, 0.8, 0.62, 0.71, 0.66, 43, 26, 114, 17, roc, pr,
            before, after),
        new SegmentationSummary(
            3,
            "silhouette",
            List.of(
                new KScore(2, 900.0, 0.31, 1.3),
                new KScore(3, 700.0, 0.35, 1.1),
                new KScore(4, 620.0, 0.29, 1.2)),
            List.of("watch_hours", "last_login_days"),
            List.of(
                new Segment(
                    0,
                    "Heavy viewers",
                    500,
                    0.12,
                    Map.of("watch_hours", 80.0),
                    "Engaged: watch_hours 80.0 vs 40.0 overall (+100%)"),
                new Segment(
                    1,
                    "Drifting away",
                    300,
                    0.55,
                    Map.of("watch_hours", 12.0),
                    "Low-Engagement: watch_hours 12.0 vs 40.0 overall (-70%)"),
                new Segment(
                    2, "Unlabelled newcomers", 200, Double.NaN, Map.of("watch_hours", 30.0), ""))),
        new RfmSummary(
            grid,
            List.of(
                new LabelCount("Champions", 120, 0.05),
                new LabelCount("At risk", 90, 0.6),
                new LabelCount("Hibernating", 60, 0.7))),
        List.of(
            new Driver("last_login_days", 0.08, "raises"),
            new Driver("watch_hours", 0.06, "lowers"),
            new Driver("subscription_type", 0.02, "mixed")),
        List.of(
            new CustomerExplanation(
                "C0000007",
                0.91,
                0.3,
                "probability",
                List.of(
                    new Contribution("last_login_days", "45", 0.32),
                    new Contribution("watch_hours", "2.5", 0.21),
                    new Contribution("subscription_type", "Basic", 0.08)),
                List.of(
                    "last login 45 days ago: +0.32 churn probability",
                    "watch hours 2.5: +0.21 churn probability"))),
        new ContentSummary(
            List.of(new GenreCount("Drama", 80), new GenreCount("Comedy", 60)),
            List.of(new YearTypeCount(2019, 30, 10), new YearTypeCount(2020, 35, 14)),
            List.of(new LabelCount("Drama", 300, 0.25), new LabelCount("Horror", 100, 0.4))),
        List.of(
            new ActionCount("WIN_BACK_OFFER", "A discount to win back", 120, 600.0, 2400.0),
            new ActionCount("NONE", "No contact", 600, 0.0, 0.0)),
        List.of(
            new PlanRow(
                1,
                "C0000007",
                0.91,
                "HIGH",
                180.0,
                164.7,
                "Drifting away",
                "At risk",
                "WIN_BACK_OFFER",
                "last login 45 days ago")),
        List.of(new Stage("features", 0.4, 1000), new Stage("model selection", 3.2, 800)),
        Map.of("plans", "plans.csv", "scores", "scores.csv"));
  }
}

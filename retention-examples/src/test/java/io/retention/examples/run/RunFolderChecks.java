package io.retention.examples.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.analysis.RunSummary;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a results folder agrees with itself: the CSV files account for every customer, and
 * metrics.json, read back, matches them. Shared by the pipeline's tests and the dataset test.
 */
final class RunFolderChecks {
  private RunFolderChecks() {}

  static RunSummary checkConsistent(RunFolder folder) throws IOException {
    RunSummary s = folder.readSummary();
    long n = s.data().customers();

    CsvTable scores = CsvTable.read(folder.file(RunFolder.SCORES));
    assertEquals(List.of("customer_id", "churn_probability"), scores.header());
    assertEquals(n, scores.rows().size(), "one score per customer");
    Set<String> ids = new HashSet<>(scores.column("customer_id"));
    assertEquals(n, ids.size(), "distinct customers in scores.csv");
    Map<String, Double> probability = new HashMap<>();
    double previous = Double.POSITIVE_INFINITY;
    for (Map<String, String> r : scores.rows()) {
      double p = Double.parseDouble(r.get("churn_probability"));
      assertTrue(p >= 0.0 && p <= 1.0, "probability " + p);
      assertTrue(p <= previous, "scores.csv ranked highest risk first");
      previous = p;
      probability.put(r.get("customer_id"), p);
    }

    CsvTable segments = CsvTable.read(folder.file(RunFolder.SEGMENTS));
    assertEquals(List.of("customer_id", "segment_id", "segment_name"), segments.header());
    assertEquals(ids, new HashSet<>(segments.column("customer_id")), "segments.csv");
    assertEquals(n, segments.rows().size());
    Map<String, Long> perSegment = new HashMap<>();
    for (Map<String, String> r : segments.rows()) {
      perSegment.merge(r.get("segment_name"), 1L, Long::sum);
    }
    assertEquals(s.segmentation().k(), s.segmentation().segments().size());
    for (RunSummary.Segment seg : s.segmentation().segments()) {
      assertEquals(seg.customers(), perSegment.getOrDefault(seg.name(), 0L), seg.name());
    }
    assertEquals(
        n, s.segmentation().segments().stream().mapToLong(RunSummary.Segment::customers).sum());

    CsvTable plans = CsvTable.read(folder.file(RunFolder.PLANS));
    assertEquals(n, plans.rows().size(), "one plan per customer");
    assertEquals(ids, new HashSet<>(plans.column("customer_id")), "plans.csv");
    double lastPriority = Double.POSITIVE_INFINITY;
    Map<String, Long> perAction = new HashMap<>();
    for (Map<String, String> r : plans.rows()) {
      double priority = Double.parseDouble(r.get("priority"));
      assertTrue(priority <= lastPriority, "plans ranked by priority");
      lastPriority = priority;
      assertEquals(
          probability.get(r.get("customer_id")),
          Double.parseDouble(r.get("churn_probability")),
          1e-12,
          "plan and score agree for " + r.get("customer_id"));
      perAction.merge(r.get("action_code"), 1L, Long::sum);
    }
    for (RunSummary.ActionCount a : s.actions()) {
      assertEquals(a.customers(), perAction.get(a.action()), a.action());
    }
    assertEquals(n, s.actions().stream().mapToLong(RunSummary.ActionCount::customers).sum());
    for (RunSummary.PlanRow row : s.topPlans()) {
      Map<String, String> csv = plans.rows().get(row.rank() - 1);
      assertEquals(csv.get("customer_id"), row.customerId(), "top plan " + row.rank());
      assertEquals(Double.parseDouble(csv.get("priority")), row.priority(), 1e-9);
      assertEquals(csv.get("action_code"), row.action());
      assertEquals(csv.get("segment"), row.segment());
    }

    if (s.files().containsKey("rfm")) {
      CsvTable rfm = CsvTable.read(folder.file(RunFolder.RFM));
      assertEquals(
          List.of(
              "customer_id",
              "recency",
              "frequency",
              "monetary",
              "r_score",
              "f_score",
              "m_score",
              "rfm_label"),
          rfm.header());
      assertEquals(ids, new HashSet<>(rfm.column("customer_id")));
      Map<String, Long> perLabel = new HashMap<>();
      for (Map<String, String> r : rfm.rows()) {
        perLabel.merge(r.get("rfm_label"), 1L, Long::sum);
        for (String score : List.of("r_score", "f_score", "m_score")) {
          int v = Integer.parseInt(r.get(score));
          assertTrue(v >= 1 && v <= 5, score + " " + v);
        }
      }
      for (RunSummary.LabelCount l : s.rfm().labels()) {
        assertEquals(l.customers(), perLabel.get(l.label()), l.label());
      }
      assertEquals(n, s.rfm().grid().stream().mapToLong(RunSummary.RfmCell::customers).sum());
    }

    CsvTable explanations = CsvTable.read(folder.file(RunFolder.EXPLANATIONS));
    Set<String> explained = new HashSet<>(explanations.column("customer_id"));
    assertEquals(s.topCustomers().size(), explained.size());
    for (RunSummary.CustomerExplanation e : s.topCustomers()) {
      assertTrue(explained.contains(e.customerId()), e.customerId());
      assertEquals(probability.get(e.customerId()), e.probability(), 1e-12);
      assertTrue(!e.reasons().isEmpty(), "reasons for " + e.customerId());
    }

    assertTrue(s.holdOut().rocAuc() > 0.5, "hold-out ROC-AUC " + s.holdOut().rocAuc());
    long confusion =
        s.holdOut().truePositives()
            + s.holdOut().falsePositives()
            + s.holdOut().trueNegatives()
            + s.holdOut().falseNegatives();
    assertEquals(s.holdOut().customers(), confusion);
    assertTrue(s.model().candidates().stream().anyMatch(c -> c.name().equals(s.model().chosen())));
    for (String file : s.files().values()) {
      assertTrue(java.nio.file.Files.isRegularFile(folder.file(file)), file);
    }
    return s;
  }
}

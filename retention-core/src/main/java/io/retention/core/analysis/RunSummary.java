package io.retention.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run measured, as written to {@code metrics.json} in its results folder. The report
 * and the dashboard draw their charts from it; the per-customer results are in the CSV files that
 * {@link #files()} names.
 *
 * <p>Plain data made of numbers, strings and lists, so that it maps to JSON one to one. Numbers
 * that a run could not measure (for example a metric on a hold-out with one class) are {@code NaN}
 * in memory and {@code null} in JSON.
 *
 * @param version the library version that made the run
 * @param createdAt when the run finished, ISO-8601 UTC
 * @param seed the seed of every random choice in the run
 * @param data what went in
 * @param model the chosen churn model and how it was chosen
 * @param holdOut how the chosen model did on customers it never saw
 * @param segmentation the segments and how their number was chosen
 * @param rfm the RFM grid and labels
 * @param globalDrivers the features that move churn risk most, strongest first
 * @param topCustomers explained customers, highest priority first
 * @param content the catalog and viewing summary, empty lists when the run had no catalog
 * @param actions how many customers each recommended action covers
 * @param topPlans the head of the ranked retention plan, highest priority first
 * @param stages each stage's wall time, in order
 * @param files the result files, by role (for example {@code "plans"} to {@code "plans.csv"}),
 *     relative to the results folder
 */
public record RunSummary(
    String version,
    String createdAt,
    long seed,
    DataSummary data,
    ModelSummary model,
    HoldOutSummary holdOut,
    SegmentationSummary segmentation,
    RfmSummary rfm,
    List<Driver> globalDrivers,
    List<CustomerExplanation> topCustomers,
    ContentSummary content,
    List<ActionCount> actions,
    List<PlanRow> topPlans,
    List<Stage> stages,
    Map<String, String> files) {

  /** Most points kept on each ROC and PR curve of the hold-out summary. */
  public static final int CURVE_POINTS = 200;

  /**
   * Attribute contributions kept per explained customer; the rest are summed into one more entry so
   * that the base value plus the contributions still ends at the prediction.
   */
  public static final int CONTRIBUTIONS = 8;

  /** The canonical form: every part present, lists and maps copied. */
  public RunSummary {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(holdOut, "holdOut");
    Objects.requireNonNull(segmentation, "segmentation");
    Objects.requireNonNull(rfm, "rfm");
    Objects.requireNonNull(content, "content");
    globalDrivers = List.copyOf(globalDrivers);
    topCustomers = List.copyOf(topCustomers);
    actions = List.copyOf(actions);
    topPlans = List.copyOf(topPlans);
    stages = List.copyOf(stages);
    files = ordered(files);
  }

  /**
   * What went into the run.
   *
   * @param source "generated" or the customer file's name
   * @param customers customers read
   * @param labelled customers with a churn label
   * @param churnRate share of labelled customers who churned
   * @param titles catalog titles, 0 without a catalog
   * @param events viewing events, 0 without activity
   * @param snapshot the day the run's features describe, ISO-8601, empty when not dated
   */
  public record DataSummary(
      String source,
      long customers,
      long labelled,
      double churnRate,
      long titles,
      long events,
      String snapshot) {}

  /**
   * The churn model that was chosen, with every candidate's cross-validated scores.
   *
   * @param chosen the chosen candidate's name
   * @param selectionMetric the metric that chose it, for example "PR-AUC"
   * @param folds the number of cross-validation folds
   * @param candidates every candidate's fold scores
   * @param calibration the calibration method applied, for example "isotonic" or "none"
   * @param threshold the decision threshold used for precision, recall and F1
   * @param thresholdRule how the threshold was chosen, for example "max F1"
   * @param features the number of model features
   */
  public record ModelSummary(
      String chosen,
      String selectionMetric,
      int folds,
      List<Candidate> candidates,
      String calibration,
      double threshold,
      String thresholdRule,
      int features) {
    /** Copies the list. */
    public ModelSummary {
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * One model-selection candidate.
   *
   * @param name the candidate's name
   * @param foldPrAuc PR-AUC per fold
   * @param foldRocAuc ROC-AUC per fold
   * @param meanPrAuc mean PR-AUC over the folds
   * @param meanRocAuc mean ROC-AUC over the folds
   */
  public record Candidate(
      String name,
      List<Double> foldPrAuc,
      List<Double> foldRocAuc,
      double meanPrAuc,
      double meanRocAuc) {
    /** Copies the lists. */
    public Candidate {
      foldPrAuc = List.copyOf(foldPrAuc);
      foldRocAuc = List.copyOf(foldRocAuc);
    }
  }

  /**
   * The chosen model on the hold-out.
   *
   * @param customers hold-out size
   * @param churnRate hold-out churn rate
   * @param rocAuc ROC-AUC
   * @param prAuc PR-AUC (average precision)
   * @param logLoss log loss of the calibrated probabilities
   * @param brierBefore Brier score before calibration
   * @param brierAfter Brier score after calibration
   * @param accuracy accuracy at the threshold
   * @param precision precision at the threshold
   * @param recall recall at the threshold
   * @param f1 F1 at the threshold
   * @param truePositives churners flagged
   * @param falsePositives stayers flagged
   * @param trueNegatives stayers not flagged
   * @param falseNegatives churners missed
   * @param roc the ROC curve, false-positive rate ascending
   * @param pr the precision-recall curve, recall ascending
   * @param calibrationBefore reliability bins before calibration
   * @param calibrationAfter reliability bins after calibration
   */
  public record HoldOutSummary(
      long customers,
      double churnRate,
      double rocAuc,
      double prAuc,
      double logLoss,
      double brierBefore,
      double brierAfter,
      double accuracy,
      double precision,
      double recall,
      double f1,
      long truePositives,
      long falsePositives,
      long trueNegatives,
      long falseNegatives,
      List<CurvePoint> roc,
      List<CurvePoint> pr,
      List<CalibrationBin> calibrationBefore,
      List<CalibrationBin> calibrationAfter) {
    /** Copies the lists. */
    public HoldOutSummary {
      roc = List.copyOf(roc);
      pr = List.copyOf(pr);
      calibrationBefore = List.copyOf(calibrationBefore);
      calibrationAfter = List.copyOf(calibrationAfter);
    }
  }

  /**
   * A point of a curve.
   *
   * @param x the horizontal coordinate (false-positive rate, or recall)
   * @param y the vertical coordinate (true-positive rate, or precision)
   */
  public record CurvePoint(double x, double y) {}

  /**
   * A reliability bin.
   *
   * @param meanPredicted mean predicted probability in the bin
   * @param observedRate share of churners in the bin
   * @param count customers in the bin
   */
  public record CalibrationBin(double meanPredicted, double observedRate, long count) {}

  /**
   * The segmentation.
   *
   * @param k the chosen number of segments
   * @param criterion what chose k, for example "silhouette"
   * @param scan every k tried
   * @param features the features the segments were found on
   * @param segments the segments, largest first
   */
  public record SegmentationSummary(
      int k, String criterion, List<KScore> scan, List<String> features, List<Segment> segments) {
    /** Copies the lists. */
    public SegmentationSummary {
      scan = List.copyOf(scan);
      features = List.copyOf(features);
      segments = List.copyOf(segments);
    }

    /**
     * The summary of a segmentation, as a run and {@code retention segment} record it.
     *
     * @param report the k scan, the chosen model and the segment profiles
     * @param features the features clustered on; each segment's profile holds their finite means
     * @param customers customers per segment index
     * @param labelled labelled customers per segment index
     * @param churned churned customers per segment index
     * @return the summary, segments largest first
     * @throws IllegalArgumentException when the counts do not have one entry per segment
     */
    public static SegmentationSummary of(
        io.retention.core.segmentation.SegmentationReport report,
        List<String> features,
        long[] customers,
        long[] labelled,
        long[] churned) {
      int k = report.model().segments().size();
      if (customers.length != k || labelled.length != k || churned.length != k) {
        throw new IllegalArgumentException(
            "the counts need one entry for each of the " + k + " segments");
      }
      List<Segment> rows = new java.util.ArrayList<>();
      for (io.retention.core.segmentation.SegmentProfile p : report.profiles()) {
        int s = p.segment().index();
        Map<String, Double> profile = new java.util.LinkedHashMap<>();
        for (String f : features) {
          double mean = p.mean(f);
          if (Double.isFinite(mean)) {
            profile.put(f, mean);
          }
        }
        rows.add(
            new Segment(
                s,
                p.segment().name(),
                customers[s],
                Attributes.rate(churned[s], labelled[s]),
                profile,
                report.rule(s)));
      }
      rows.sort(
          java.util.Comparator.comparingLong(Segment::customers)
              .reversed()
              .thenComparing(Segment::id));
      List<KScore> scan = new java.util.ArrayList<>();
      for (io.retention.core.segmentation.KScore score : report.scan().scores()) {
        scan.add(
            new KScore(
                score.k(), score.inertia(), score.silhouette().value(), score.daviesBouldin()));
      }
      return new SegmentationSummary(
          k,
          report.scan().criterion().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          scan,
          features,
          rows);
    }
  }

  /**
   * One k of the scan.
   *
   * @param k the number of segments
   * @param inertia within-segment sum of squares (the elbow curve)
   * @param silhouette mean silhouette, higher is better
   * @param daviesBouldin Davies–Bouldin index, lower is better
   */
  public record KScore(int k, double inertia, double silhouette, double daviesBouldin) {}

  /**
   * One segment.
   *
   * @param id the segment number
   * @param name its readable name
   * @param customers its size
   * @param churnRate its churn rate, NaN when none of its customers is labelled
   * @param profile mean of each segmentation feature in the segment, in original units
   * @param rule why the segment has its name, measured on the rows the segments were fitted on;
   *     empty when not known (a segmentation saved by an earlier run, or a summary written before
   *     rules were recorded)
   */
  public record Segment(
      int id,
      String name,
      long customers,
      double churnRate,
      Map<String, Double> profile,
      String rule) {
    /** Copies the map; a missing rule reads as empty. */
    public Segment {
      profile = ordered(profile);
      rule = rule == null ? "" : rule;
    }
  }

  /**
   * The RFM view.
   *
   * @param grid one cell per recency score and frequency score that holds customers
   * @param labels one row per RFM label, largest first
   */
  public record RfmSummary(List<RfmCell> grid, List<LabelCount> labels) {
    /** Copies the lists. */
    public RfmSummary {
      grid = List.copyOf(grid);
      labels = List.copyOf(labels);
    }
  }

  /**
   * A cell of the RFM grid.
   *
   * @param recency the recency score, 1 (long ago) to 5 (recent)
   * @param frequency the frequency score, 1 (rare) to 5 (frequent)
   * @param customers customers in the cell
   * @param churnRate churn rate in the cell, NaN when none is labelled
   * @param meanMonetary mean monetary value in the cell
   */
  public record RfmCell(
      int recency, int frequency, long customers, double churnRate, double meanMonetary) {}

  /**
   * How many customers carry a label, and how many of them churned.
   *
   * @param label the label
   * @param customers customers with it
   * @param churnRate their churn rate, NaN when none is labelled
   */
  public record LabelCount(String label, long customers, double churnRate) {}

  /**
   * A global churn driver.
   *
   * @param feature the feature or attribute
   * @param meanAbsContribution mean absolute SHAP contribution
   * @param direction how a higher value moves churn risk: "raises", "lowers" or "mixed"
   */
  public record Driver(String feature, double meanAbsContribution, String direction) {}

  /**
   * One customer's explanation.
   *
   * @param customerId the customer
   * @param probability the churn probability
   * @param baseValue the explanation's base value
   * @param space "probability" or "log-odds": the space of the base value and contributions
   * @param contributions per attribute, largest magnitude first
   * @param reasons readable reasons, strongest first
   */
  public record CustomerExplanation(
      String customerId,
      double probability,
      double baseValue,
      String space,
      List<Contribution> contributions,
      List<String> reasons) {
    /** Copies the lists. */
    public CustomerExplanation {
      contributions = List.copyOf(contributions);
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * One attribute's contribution.
   *
   * @param feature the attribute
   * @param value its value, as text
   * @param contribution its SHAP contribution
   */
  public record Contribution(String feature, String value, double contribution) {}

  /**
   * The catalog and viewing summary.
   *
   * @param genres titles per genre, most first
   * @param typeByYear movies and TV shows per release year, oldest first
   * @param churnByFavouriteGenre churn rate by the customers' favourite genre, most customers first
   */
  public record ContentSummary(
      List<GenreCount> genres,
      List<YearTypeCount> typeByYear,
      List<LabelCount> churnByFavouriteGenre) {
    /** Copies the lists. */
    public ContentSummary {
      genres = List.copyOf(genres);
      typeByYear = List.copyOf(typeByYear);
      churnByFavouriteGenre = List.copyOf(churnByFavouriteGenre);
    }
  }

  /**
   * Titles in a genre.
   *
   * @param genre the genre
   * @param titles how many titles carry it
   */
  public record GenreCount(String genre, long titles) {}

  /**
   * Titles released in a year, by type.
   *
   * @param year the release year
   * @param movies movies
   * @param tvShows TV shows
   */
  public record YearTypeCount(int year, long movies, long tvShows) {}

  /**
   * How many customers an action covers.
   *
   * @param action the action's code
   * @param description what it does
   * @param customers customers it is recommended for
   * @param totalCost the summed cost of contacting them
   * @param expectedSavedValue the summed CLV it is expected to save
   */
  public record ActionCount(
      String action,
      String description,
      long customers,
      double totalCost,
      double expectedSavedValue) {}

  /**
   * A row of the ranked retention plan.
   *
   * @param rank 1 for the highest priority
   * @param customerId the customer
   * @param probability the churn probability
   * @param risk the risk bucket
   * @param clv the customer's lifetime value
   * @param priority the priority score
   * @param segment the segment's name
   * @param rfmLabel the RFM label
   * @param action the recommended action's code
   * @param reason why, in words
   */
  public record PlanRow(
      int rank,
      String customerId,
      double probability,
      String risk,
      double clv,
      double priority,
      String segment,
      String rfmLabel,
      String action,
      String reason) {}

  /**
   * A stage's wall time.
   *
   * @param name the stage
   * @param seconds its wall time in seconds
   * @param rows the rows it processed
   */
  public record Stage(String name, double seconds, long rows) {}

  /** An unmodifiable copy that keeps the given order, so that {@code metrics.json} is stable. */
  private static <K, V> Map<K, V> ordered(Map<K, V> map) {
    Map<K, V> copy = new java.util.LinkedHashMap<>();
    map.forEach(
        (k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
    return java.util.Collections.unmodifiableMap(copy);
  }
}

package io.retention.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.application.EvaluateChurnModel;
import io.retention.core.application.HoldOutEvaluation;
import io.retention.core.application.TrainChurnModel;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.evaluation.StratifiedSplit;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.SharedDatasets;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoLogisticRegressionTrainer;
import io.retention.ml.tribuo.TribuoRandomForestTrainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of the churn models on the public tables: stratified 80/20 hold-out, seed 42,
 * features and model fitted on the 80% only.
 */
@Tag("dataset")
class ChurnModelQualityTest {
  private static final StratifiedSplit SPLIT = new StratifiedSplit(0.2, 42);
  private static final String TELCO = "telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv";
  private static final String NETFLIX = "netflix_customer_churn/netflix_customer_churn.csv";

  /** ROC-AUC and PR-AUC of a trainer on a hold-out. */
  private record Scores(double rocAuc, double prAuc) {}

  private static Scores holdOut(String file, CustomerCsvMapping mapping, ChurnTrainer trainer) {
    Path path = SharedDatasets.require(file);
    List<Customer> customers;
    try (Stream<Customer> s = new CsvCustomerSource(path, mapping).customers()) {
      customers = s.toList();
    }
    TrainChurnModel training =
        new TrainChurnModel(
            new TabularFeaturePipeline(mapping.schema(), TabularFeatureConfig.DEFAULTS), trainer);
    HoldOutEvaluation result =
        new EvaluateChurnModel(training).holdOut(customers, SPLIT, ProgressListener.NONE);
    Map<CustomerId, Customer> byId =
        customers.stream().collect(Collectors.toMap(Customer::id, Function.identity()));
    double[] p = result.testScores().stream().mapToDouble(ChurnScore::probability).toArray();
    boolean[] y = new boolean[p.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = byId.get(result.testScores().get(i).customer()).churned();
    }
    return new Scores(BinaryMetrics.rocAuc(p, y), BinaryMetrics.averagePrecision(p, y));
  }

  @Test
  void logisticRegressionOnTelcoReachesThePublishedRocAndPrAuc() {
    Scores s =
        holdOut(
            TELCO,
            CustomerCsvMapping.TELCO,
            new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS));
    assertTrue(s.rocAuc() >= 0.84, "Telco LR hold-out ROC-AUC " + s.rocAuc());
    assertTrue(s.prAuc() >= 0.62, "Telco LR hold-out PR-AUC " + s.prAuc());
  }

  @Test
  void randomForestOnTelcoReachesThePublishedRocAuc() {
    Scores s =
        holdOut(
            TELCO,
            CustomerCsvMapping.TELCO,
            new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS));
    assertTrue(s.rocAuc() >= 0.83, "Telco RF hold-out ROC-AUC " + s.rocAuc());
  }

  @Test
  void randomForestSeparatesNetflixChurners() {
    Scores s =
        holdOut(
            NETFLIX,
            CustomerCsvMapping.NETFLIX,
            new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS));
    assertTrue(s.rocAuc() >= 0.99, "Netflix RF hold-out ROC-AUC " + s.rocAuc());
  }
}

package io.retention.examples.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.domain.Customer;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.evaluation.StratifiedSplit;
import io.retention.core.explain.AttributeGrouping;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.CustomerReasons;
import io.retention.core.explain.GlobalDriver;
import io.retention.core.explain.GlobalDrivers;
import io.retention.core.explain.Reason;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.testing.SharedDatasets;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoExplainers;
import io.retention.ml.tribuo.TribuoLogisticRegressionTrainer;
import io.retention.ml.tribuo.TribuoRandomForestTrainer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Explanations of the Tribuo churn models on the Telco table: stratified 80/20 split (seed 42),
 * features and models fitted on the 80%, 200 hold-out customers explained.
 */
@Tag("dataset")
class ExplainTelcoDatasetTest {
  private static final String TELCO = "telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv";
  private static final int EXPLAINED = 200;
  private static final int TOP = 8;
  private static final int FOREST_TREES = 50;

  private static FittedFeatures features;
  private static FeatureMatrix training;
  private static FeatureMatrix holdOut;

  @BeforeAll
  static void load() {
    List<Customer> customers;
    try (Stream<Customer> s =
        new CsvCustomerSource(SharedDatasets.require(TELCO), CustomerCsvMapping.TELCO)
            .customers()) {
      customers = s.toList();
    }
    StratifiedSplit.Parts<Customer> parts =
        new StratifiedSplit(0.2, 42).split(customers, c -> c.id().value(), Customer::churned);
    features =
        new TabularFeaturePipeline(CustomerCsvMapping.TELCO.schema(), TabularFeatureConfig.DEFAULTS)
            .fit(parts.train());
    training = features.transformAll(parts.train());
    holdOut = features.transformAll(parts.test().subList(0, EXPLAINED));
  }

  @Test
  void logisticRegressionExplanationsAddUpAndSpeakOfAttributeLevels() {
    explainAndReport(
        "logistic regression",
        new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS));
  }

  @Test
  void randomForestExplanationsAddUpAndSpeakOfAttributeLevels() {
    explainAndReport(
        "random forest",
        new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(FOREST_TREES)));
  }

  private static void explainAndReport(String name, ChurnTrainer trainer) {
    ChurnModel model = trainer.train(training);
    BatchChurnExplainer explainer = TribuoExplainers.forModel(model, training);
    List<Explanation> all = explainer.explainAll(holdOut);
    for (Explanation e : all) {
      assertTrue(e.residual() <= BatchChurnExplainer.MAX_RESIDUAL, "residual " + e.residual());
    }
    CustomerReasons reasons =
        new CustomerReasons(AttributeGrouping.of(features.schema(), features.describe()));
    boolean contractLevel = false;
    for (Explanation e : all) {
      List<Reason> top = reasons.top(e, 3);
      assertFalse(top.isEmpty());
      for (Reason r : reasons.top(e, Integer.MAX_VALUE)) {
        contractLevel |= r.phrase().startsWith("Contract = Month-to-month");
      }
    }
    assertTrue(contractLevel, "some reason reads 'Contract = Month-to-month'");
    StringBuilder report =
        new StringBuilder(String.format(Locale.ROOT, "Telco %s, top drivers:%n", name));
    List<GlobalDriver> drivers = GlobalDrivers.rank(all);
    for (GlobalDriver d : drivers.subList(0, Math.min(TOP, drivers.size()))) {
      report.append(
          String.format(
              Locale.ROOT,
              "  %-40s %.4f %s%n",
              d.feature(),
              d.meanAbsContribution(),
              d.direction()));
    }
    report.append("  first hold-out customer:").append(System.lineSeparator());
    for (Reason r : reasons.top(all.get(0), 3)) {
      report.append("    ").append(r.phrase()).append(System.lineSeparator());
    }
    System.out.print(report);
  }
}

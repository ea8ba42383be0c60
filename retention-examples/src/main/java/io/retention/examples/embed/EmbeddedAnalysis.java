package io.retention.examples.embed;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.core.analysis.InMemoryAnalysisSink;
import io.retention.core.analysis.RetentionAnalysis;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.ActivitySource;
import io.retention.core.port.out.CatalogSource;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.strategy.RetentionPolicy;
import io.retention.core.strategy.StrategyConfig;
import io.retention.examples.data.SyntheticWorld;
import io.retention.features.FeaturesModule;
import io.retention.ml.tribuo.TribuoModule;
import io.retention.recommender.RecommenderModule;
import java.util.Locale;

/**
 * Runs the whole retention analysis from a host application, without the CLI: the library's Guice
 * modules, the host's customers, catalog and viewing events, and the results kept in memory. The
 * README quotes the part between the tags, so it is compiled and tested with every build.
 */
public final class EmbeddedAnalysis {
  private EmbeddedAnalysis() {}

  /**
   * Runs the analysis.
   *
   * @param customers the host's customers, labelled where the outcome is known
   * @param titles the catalog
   * @param events the customers' viewing events
   * @param results where every result goes
   * @return the run's summary
   */
  public static RunSummary analyse(
      CustomerSource customers,
      CatalogSource titles,
      ActivitySource events,
      InMemoryAnalysisSink results) {
    // tag::analysis[]
    Injector injector =
        Guice.createInjector(
            new FeaturesModule(), // features, RFM, behavioural flags, engagement
            new TribuoModule(), // churn models, k-means segments, SHAP explainers
            new RecommenderModule(), // the titles to show each customer
            binder -> {
              binder.bind(CustomerSchema.class).toInstance(customers.schema());
              binder.bind(StrategyConfig.class).toInstance(StrategyConfig.DEFAULTS);
              binder.bind(RetentionPolicy.class).toInstance(RetentionPolicy.defaultPreset());
            });
    RetentionAnalysis analysis = injector.getInstance(RetentionAnalysis.class);
    RunInputs inputs =
        RunInputs.of("subscribers", customers).withCatalog(titles).withActivity(events);
    RunSummary summary = analysis.run(inputs, RunConfig.DEFAULTS, results, ProgressListener.NONE);
    // end::analysis[]
    return summary;
  }

  /**
   * Analyses 2,000 generated customers and prints the three highest-priority plans.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    SyntheticWorld world = SyntheticWorld.of(2_000, 7);
    InMemoryAnalysisSink results = new InMemoryAnalysisSink();
    RunSummary summary = analyse(world.customers(), world.catalog(), world.activity(), results);
    System.out.printf(
        Locale.ROOT,
        "%s chosen, hold-out ROC-AUC %.3f, %d segments%n",
        summary.model().chosen(),
        summary.holdOut().rocAuc(),
        summary.segmentation().k());
    for (RetentionPlan plan : results.plans().subList(0, 3)) {
      System.out.printf(
          Locale.ROOT,
          "%s: churn %.2f, %s%n",
          plan.customer(),
          plan.churnProbability(),
          plan.action());
    }
  }
}

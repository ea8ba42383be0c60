package io.retention.examples.run;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.adapters.csv.CellEscaping;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunFolderSink;
import io.retention.core.RetentionException;
import io.retention.core.analysis.RetentionAnalysis;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.persistence.BundleKeys;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.strategy.RetentionPolicy;
import io.retention.core.strategy.StrategyConfig;
import io.retention.features.FeaturesModule;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoModule;
import io.retention.recommender.RecommenderModule;
import java.util.Objects;

/**
 * The demo's wiring of the library's {@link RetentionAnalysis}: the standard features and signals
 * ({@link FeaturesModule}), logistic regression and random-forest candidates seeded with the run's
 * seed, the forest with {@link RunConfig#forestTrees()} trees, k-means segments and SHAP explainers
 * ({@link TribuoModule}), the hybrid recommender ({@link RecommenderModule}) and the default
 * retention engine and policy, with the results folder ({@link RunFolderSink}) as the sink.
 *
 * <p>A pipeline is built for one results folder and one customer layout; {@link #run} may be called
 * again, and each call replaces the folder's files. One run at a time.
 */
public final class RetentionPipeline {
  private final CustomerSchema schema;
  private final RetentionAnalysis analysis;
  private final RunFolderSink sink;
  private final RunConfig config;

  private RetentionPipeline(
      CustomerSchema schema, RetentionAnalysis analysis, RunFolderSink sink, RunConfig config) {
    this.schema = schema;
    this.analysis = analysis;
    this.sink = sink;
    this.config = config;
  }

  /**
   * Wires a pipeline with Guice.
   *
   * @param schema the customers' layout
   * @param folder the results folder
   * @param config sample sizes, folds, seed
   * @return the pipeline
   */
  public static RetentionPipeline create(
      CustomerSchema schema, RunFolder folder, RunConfig config) {
    return create(schema, folder, config, BundleKeys.NONE);
  }

  /**
   * Wires a pipeline with Guice whose saved model is signed.
   *
   * @param schema the customers' layout
   * @param folder the results folder
   * @param config sample sizes, folds, seed
   * @param keys the key the model bundle is signed with (none for an unsigned bundle)
   * @return the pipeline
   */
  public static RetentionPipeline create(
      CustomerSchema schema, RunFolder folder, RunConfig config, BundleKeys keys) {
    return create(schema, folder, config, keys, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Wires a pipeline with Guice whose saved model is signed and whose result cells are written as
   * asked.
   *
   * @param schema the customers' layout
   * @param folder the results folder
   * @param config sample sizes, folds, seed
   * @param keys the key the model bundle is signed with (none for an unsigned bundle)
   * @param cells how the result files' text cells are written
   * @return the pipeline
   */
  public static RetentionPipeline create(
      CustomerSchema schema,
      RunFolder folder,
      RunConfig config,
      BundleKeys keys,
      CellEscaping cells) {
    Objects.requireNonNull(folder, "folder");
    Injector injector = injector(schema, config);
    return new RetentionPipeline(
        schema,
        injector.getInstance(RetentionAnalysis.class),
        new RunFolderSink(
            folder, injector.getInstance(ModelBundleFile.class).withKeys(keys), cells),
        config);
  }

  /**
   * The injector of the demo's modules, seeded with the run's seed.
   *
   * @param schema the customers' layout
   * @param config the seed and forest size
   * @return the injector
   */
  public static Injector injector(CustomerSchema schema, RunConfig config) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(config, "config");
    return Guice.createInjector(
        new FeaturesModule(),
        new TribuoModule(
            LogisticRegressionConfig.DEFAULTS.withSeed(config.seed()),
            RandomForestConfig.DEFAULTS.withSeed(config.seed()).withTrees(config.forestTrees())),
        new RecommenderModule(),
        binder -> {
          binder.bind(CustomerSchema.class).toInstance(schema);
          binder.bind(StrategyConfig.class).toInstance(StrategyConfig.DEFAULTS);
          binder.bind(RetentionPolicy.class).toInstance(RetentionPolicy.defaultPreset());
          binder.bind(RetentionEngine.class).asEagerSingleton();
        });
  }

  /**
   * The results folder.
   *
   * @return the folder
   */
  public RunFolder folder() {
    return sink.folder();
  }

  /**
   * Runs the analysis into the results folder, {@code metrics.json} last.
   *
   * @param inputs the customers, and optionally a catalog and viewing events
   * @param progress told how each stage advances; safe to be {@link ProgressListener#NONE}
   * @return the summary written to {@code metrics.json}
   * @throws RetentionException when the data cannot make a run
   * @throws IllegalArgumentException when the customers' layout is not this pipeline's
   */
  public RunSummary run(RunInputs inputs, ProgressListener progress) {
    Objects.requireNonNull(inputs, "inputs");
    if (!inputs.customers().schema().equals(schema)) {
      throw new IllegalArgumentException(
          "the customers have layout '"
              + inputs.customers().schema().name()
              + "', the pipeline was built for '"
              + schema.name()
              + "'");
    }
    return analysis.run(inputs, config, sink, progress);
  }
}

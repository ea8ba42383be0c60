package io.retention.ml.tribuo;

import io.retention.core.RetentionException;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.explain.TreeEnsemble;
import io.retention.core.explain.TreeNode;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.dataset.DatasetView;
import org.tribuo.ensemble.WeightedEnsembleModel;

/**
 * Trains random-forest churn models with Tribuo: CART trees grown on bootstrap samples with a
 * random subset of features tried at every split, combined by averaging the trees' leaf class
 * distributions, so the output is a probability.
 *
 * <p>Trees train in parallel on {@link RandomForestConfig#threads()} threads (Tribuo's own bagging
 * trains them one after another). Tree {@code t} draws its bootstrap sample and its feature subsets
 * from seeds derived only from the configured seed and {@code t}, so the same rows and seed give
 * bit-identical probabilities whatever the thread count. Each tree's bootstrap seed is kept in its
 * Tribuo provenance ({@code DatasetView} provenance), so the rows that reached every node can be
 * recomputed from the training rows.
 *
 * <p>Columns constant in the training rows are left out. Instances are immutable and safe to share;
 * the models they train are immutable and thread-safe.
 */
public final class TribuoRandomForestTrainer implements ChurnTrainer {
  private final RandomForestConfig config;
  private final ClassWeights classWeights;

  /**
   * Creates a trainer with unit example weights.
   *
   * @param config the hyperparameters
   */
  public TribuoRandomForestTrainer(RandomForestConfig config) {
    this(config, ClassWeights.NONE);
  }

  /**
   * Creates a trainer.
   *
   * @param config the hyperparameters
   * @param classWeights how examples are weighted by class
   */
  public TribuoRandomForestTrainer(RandomForestConfig config, ClassWeights classWeights) {
    this.config = Objects.requireNonNull(config, "config");
    this.classWeights = Objects.requireNonNull(classWeights, "classWeights");
    TribuoLogging.quiet();
  }

  @Override
  public String name() {
    return classWeights == ClassWeights.NONE ? "random-forest" : "random-forest-balanced";
  }

  @Override
  public ChurnModel train(FeatureMatrix training, ProgressListener progress) {
    Objects.requireNonNull(progress, "progress");
    TribuoData.checkTrainable(training);
    int[] columns = TribuoData.varyingColumns(training);
    if (columns.length == 0) {
      throw new IllegalArgumentException(
          "every feature is constant in the training rows: nothing to learn from");
    }
    String[] names = TribuoData.names(training, columns);
    MutableDataset<Label> dataset = TribuoData.dataset(training, columns, names, classWeights);
    float fraction = config.effectiveFraction(columns.length);
    long[] bootstrapSeeds = new long[config.trees()];
    long[] splitSeeds = new long[config.trees()];
    SplittableRandom seeds = new SplittableRandom(config.seed());
    for (int t = 0; t < config.trees(); t++) {
      bootstrapSeeds[t] = seeds.nextLong();
      splitSeeds[t] = seeds.nextLong();
    }
    progress.started("Training random forest", config.trees());
    List<Model<Label>> members = new ArrayList<>(config.trees());
    List<TreeNode> roots = new ArrayList<>(config.trees());
    ExecutorService pool =
        Executors.newFixedThreadPool(config.threads(), TribuoRandomForestTrainer::daemon);
    try {
      List<Future<TreeNode>> converted = new ArrayList<>(config.trees());
      List<Future<Model<Label>>> futures = new ArrayList<>(config.trees());
      for (int t = 0; t < config.trees(); t++) {
        long bootstrapSeed = bootstrapSeeds[t];
        long splitSeed = splitSeeds[t];
        futures.add(
            pool.submit(
                () -> {
                  CARTClassificationTrainer cart =
                      new CARTClassificationTrainer(
                          config.maxDepth(),
                          config.minChildWeight(),
                          0.0f,
                          fraction,
                          false,
                          new GiniIndex(),
                          splitSeed);
                  return cart.train(
                      DatasetView.createBootstrapView(dataset, dataset.size(), bootstrapSeed));
                }));
      }
      for (int t = 0; t < futures.size(); t++) {
        members.add(futures.get(t).get());
        progress.advanced(t + 1L);
      }
      double[][] rows = new double[training.size()][];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = training.row(i).toArray();
      }
      float[] weights = new float[dataset.size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = dataset.getExample(i).getWeight();
      }
      for (int t = 0; t < members.size(); t++) {
        TreeModel<Label> tree = (TreeModel<Label>) members.get(t);
        long bootstrapSeed = bootstrapSeeds[t];
        converted.add(
            pool.submit(
                () ->
                    TribuoTrees.convert(
                        tree,
                        names,
                        columns,
                        rows,
                        DatasetView.createBootstrapView(dataset, dataset.size(), bootstrapSeed)
                            .getExampleIndices(),
                        weights)));
      }
      for (Future<TreeNode> root : converted) {
        roots.add(root.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetentionException("random forest training was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new RetentionException("a random forest tree failed to train: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
    Model<Label> forest =
        WeightedEnsembleModel.createEnsembleFromExistingModels(
            "random-forest", members, new FullyWeightedVotingCombiner());
    progress.finished();
    String description =
        String.format(
            Locale.ROOT,
            "random forest (Tribuo CART, %d trees, max depth %d, min child weight %s, %.3f of %d"
                + " features per split, %s class weights, seed %d)",
            config.trees(),
            config.maxDepth(),
            config.minChildWeight(),
            fraction,
            columns.length,
            classWeights.name().toLowerCase(Locale.ROOT),
            config.seed());
    return TribuoChurnModel.withForest(
        training.schema(), columns, names, forest, description, TreeEnsemble.of(roots));
  }

  private static Thread daemon(Runnable r) {
    Thread thread = new Thread(r, "retention-forest");
    thread.setDaemon(true);
    return thread;
  }
}

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
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.ensemble.WeightedEnsembleModel;

/**
 * Trains random-forest churn models as Tribuo tree ensembles: CART trees grown on bootstrap samples
 * with a random subset of features tried at every split, combined by averaging the trees' leaf
 * class distributions, so the output is a probability.
 *
 * <p>The trees are grown by {@link HistogramCartTrainer}, a histogram CART learner plugged into
 * Tribuo's own tree-growing loop: every feature is cut once into at most {@link
 * RandomForestConfig#maxBins()} quantile bins, and each node finds its best Gini split from per-bin
 * class weights instead of re-sorting the values at every node (Tribuo's {@code
 * CARTClassificationTrainer} does, which made a 100-tree forest on 100,000 rows take minutes). The
 * result is made of Tribuo's own {@code TreeModel}s, {@code SplitNode}s and {@code LeafNode}s in a
 * {@code WeightedEnsembleModel} with a {@code FullyWeightedVotingCombiner}, so scoring and protobuf
 * persistence are Tribuo's. A bootstrap sample is a count per row (how many of the {@code n} draws
 * picked it), never a copy of the rows.
 *
 * <p>Trees train in parallel on {@link RandomForestConfig#threads()} threads. Tree {@code t} draws
 * its bootstrap sample and its feature subsets from seeds derived only from the configured seed and
 * {@code t}, so the same rows and seed give bit-identical probabilities whatever the thread count
 * (each tree's seeds are kept in its Tribuo trainer provenance). The node covers TreeSHAP needs
 * (the summed example weights of the bootstrap rows, repeats included, that reach each node) are
 * counted while the trees grow and kept with the model.
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
    HistogramCartTrainer.Rows rows =
        HistogramCartTrainer.Rows.of(
            training, columns, dataset.getFeatureIDMap(), classWeights, config.maxBins());
    float fraction = config.effectiveFraction(columns.length);
    List<Member> trained = trainMembers(rows, dataset, names, columns, fraction, progress);
    List<Model<Label>> members = new ArrayList<>(trained.size());
    List<TreeNode> roots = new ArrayList<>(trained.size());
    for (Member member : trained) {
      members.add(member.tree());
      roots.add(member.root());
    }
    Model<Label> forest =
        WeightedEnsembleModel.createEnsembleFromExistingModels(
            "random-forest", members, new FullyWeightedVotingCombiner());
    progress.finished();
    return TribuoChurnModel.withForest(
        training.schema(),
        columns,
        names,
        forest,
        description(fraction, columns.length),
        TreeEnsemble.of(roots));
  }

  /**
   * Trains the trees on the pool's threads, each on its own bootstrap sample and split seed drawn
   * from the configured seed, reporting progress as they complete in order.
   */
  private List<Member> trainMembers(
      HistogramCartTrainer.Rows rows,
      MutableDataset<Label> dataset,
      String[] names,
      int[] columns,
      float fraction,
      ProgressListener progress) {
    long[] bootstrapSeeds = new long[config.trees()];
    long[] splitSeeds = new long[config.trees()];
    SplittableRandom seeds = new SplittableRandom(config.seed());
    for (int t = 0; t < config.trees(); t++) {
      bootstrapSeeds[t] = seeds.nextLong();
      splitSeeds[t] = seeds.nextLong();
    }
    progress.started("Training random forest", config.trees());
    List<Member> members = new ArrayList<>(config.trees());
    ExecutorService pool =
        Executors.newFixedThreadPool(config.threads(), TribuoRandomForestTrainer::daemon);
    try {
      List<Future<Member>> futures = new ArrayList<>(config.trees());
      for (int t = 0; t < config.trees(); t++) {
        long bootstrapSeed = bootstrapSeeds[t];
        long splitSeed = splitSeeds[t];
        futures.add(
            pool.submit(
                () -> {
                  HistogramCartTrainer cart =
                      new HistogramCartTrainer(
                          rows,
                          bootstrapCounts(rows.classOf().length, bootstrapSeed),
                          bootstrapSeed,
                          config.maxDepth(),
                          config.minChildWeight(),
                          fraction,
                          splitSeed);
                  TreeModel<Label> tree = cart.train(dataset);
                  return new Member(
                      tree, TribuoTrees.convert(tree, names, columns, cart.leafCovers()));
                }));
      }
      for (int t = 0; t < futures.size(); t++) {
        members.add(futures.get(t).get());
        progress.advanced(t + 1L);
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
    return members;
  }

  /** The model's description: its hyperparameters as trained. */
  private String description(float fraction, int features) {
    return String.format(
        Locale.ROOT,
        "random forest (Tribuo trees, histogram CART on at most %d bins per feature, %d trees,"
            + " max depth %d, min child weight %s, %.3f of %d features per split, %s class"
            + " weights, seed %d)",
        config.maxBins(),
        config.trees(),
        config.maxDepth(),
        config.minChildWeight(),
        fraction,
        features,
        classWeights.name().toLowerCase(Locale.ROOT),
        config.seed());
  }

  /** A trained member and its conversion for TreeSHAP. */
  private record Member(TreeModel<Label> tree, TreeNode root) {}

  /** How many times each of {@code n} rows is drawn in {@code n} draws with replacement. */
  static int[] bootstrapCounts(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      counts[random.nextInt(n)]++;
    }
    return counts;
  }

  private static Thread daemon(Runnable r) {
    Thread thread = new Thread(r, "retention-forest");
    thread.setDaemon(true);
    return thread;
  }
}

package io.retention.ml.tribuo;

import com.oracle.labs.mlrg.olcut.config.Config;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.tribuo.Dataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.AbstractCARTTrainer;
import org.tribuo.common.tree.AbstractTrainingNode;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.provenance.impl.TrainerProvenanceImpl;

/**
 * A Tribuo CART classification trainer that searches splits over binned features ({@link
 * BinnedColumns}) with per-node weighted class histograms, instead of re-sorting feature values at
 * every node as Tribuo's {@code CARTClassificationTrainer} does.
 *
 * <p>Tribuo's {@link AbstractCARTTrainer} drives the growth (depth first, a fresh random subset of
 * {@code round(fraction × d)} features at every node, no split of a pure node, of a node at the
 * maximum depth or of a node lighter than the minimum child weight) and builds the {@link
 * TreeModel} from the {@code SplitNode}s and {@code LeafNode}s this class produces, so the trees
 * are ordinary Tribuo trees: they predict, serialise to protobuf and combine into ensembles like
 * any other.
 *
 * <p>At a node, for every drawn feature, the rows' class weights are summed per bin; the split kept
 * is the bin boundary with the lowest weighted Gini impurity of the two sides, over the drawn
 * features in order, the first on ties, and only if it lowers the node's impurity. Rows that fall
 * in the lower bins go to the "less than or equal" side, and the split value is the boundary
 * threshold of {@link BinnedColumns}; where empty bins lie between the two sides, the boundary in
 * their middle is used. When a node's histogram covers every feature and reading the smaller
 * child's rows once for all features costs less than reading both children's rows for the drawn
 * features, the smaller child's histogram is built and the larger one's is the parent's minus it
 * (exact: the histograms count rows, weights are applied per class afterwards).
 *
 * <p>The sample is given as a count per row (a bootstrap sample, or 1 for every row): a row drawn
 * three times weighs three times, without being copied. Weights are per class ({@link
 * ClassWeights}). Each instance trains exactly one tree and then reports its leaves' covers (the
 * summed weights of the sampled rows reaching each leaf), which TreeSHAP needs. Not thread-safe;
 * the {@link Rows} it reads are shared read-only between trainers.
 */
final class HistogramCartTrainer extends AbstractCARTTrainer<Label> {
  /**
   * The least impurity decrease a split must bring, relative to the node's weight: below this the
   * decrease is floating-point noise of an uninformative split.
   */
  static final double GAIN_TOLERANCE = 1e-12;

  @Config(description = "The most bins per feature the rows were binned into.")
  private int maxBins;

  @Config(
      description = "The seed the per-row sample counts were drawn with (0 for every row once).")
  private long sampleSeed;

  private final Rows rows;
  private final int[] counts;
  private final int[] index;
  private final NodeHistogram.Pool histograms;
  private final SplitSearch search;
  private final int classes;
  private final int features;
  private ImmutableOutputInfo<Label> outputs;
  private int[] classOfOutput;
  private Grower root;

  /**
   * The training rows, shared read-only by the trainers of a forest.
   *
   * @param columns the binned features, column {@code f} holding Tribuo feature id {@code f}
   * @param classOf the class index of every row
   * @param classNames the Tribuo label of each class index
   * @param classWeights the example weight of each class index
   */
  record Rows(BinnedColumns columns, int[] classOf, String[] classNames, float[] classWeights) {
    /** The class index of churned rows in {@link #of}. */
    static final int CHURNED = 0;

    /** The class index of retained rows in {@link #of}. */
    static final int RETAINED = 1;

    /**
     * Bins labelled feature rows for the trees of one Tribuo dataset.
     *
     * @param training the labelled rows, both classes present
     * @param columns the schema columns the dataset holds
     * @param ids the dataset's feature ids; column {@code f} of the result holds feature id {@code
     *     f} (Tribuo numbers features in sorted order of their names)
     * @param classWeights how the classes are weighted
     * @param maxBins the most bins per feature
     * @return the rows, class {@link #CHURNED} labelled {@link TribuoData#CHURNED} and class {@link
     *     #RETAINED} labelled {@link TribuoData#RETAINED}
     */
    static Rows of(
        FeatureMatrix training,
        int[] columns,
        ImmutableFeatureMap ids,
        ClassWeights classWeights,
        int maxBins) {
      if (ids.size() != columns.length) {
        throw new IllegalArgumentException(
            "the dataset has " + ids.size() + " features, expected " + columns.length);
      }
      List<String> names = training.schema().names();
      double[][] values = new double[columns.length][];
      for (int id = 0; id < values.length; id++) {
        int column = names.indexOf(ids.get(id).getName());
        if (column < 0) {
          throw new IllegalArgumentException("unknown feature " + ids.get(id).getName());
        }
        values[id] = training.column(column);
      }
      int n = training.size();
      int[] classOf = new int[n];
      int churned = 0;
      for (int i = 0; i < n; i++) {
        boolean isChurned = training.labels().get(i) == ChurnLabel.CHURNED;
        classOf[i] = isChurned ? CHURNED : RETAINED;
        churned += isChurned ? 1 : 0;
      }
      return new Rows(
          BinnedColumns.of(values, maxBins),
          classOf,
          new String[] {TribuoData.CHURNED, TribuoData.RETAINED},
          classWeights.weights(churned, n));
    }

    /** Checks that the parts fit together. */
    Rows {
      Objects.requireNonNull(columns, "columns");
      Objects.requireNonNull(classOf, "classOf");
      Objects.requireNonNull(classNames, "classNames");
      Objects.requireNonNull(classWeights, "classWeights");
      if (classOf.length != columns.rows()) {
        throw new IllegalArgumentException(
            classOf.length + " class indices for " + columns.rows() + " rows");
      }
      if (classNames.length != classWeights.length || classNames.length < 2) {
        throw new IllegalArgumentException("need one name and one weight for each of 2+ classes");
      }
      for (float w : classWeights) {
        if (!(w > 0.0f) || Float.isInfinite(w)) {
          throw new IllegalArgumentException("class weights must be positive, got " + w);
        }
      }
      for (int c : classOf) {
        if (c < 0 || c >= classNames.length) {
          throw new IllegalArgumentException("class index " + c + " out of range");
        }
      }
    }
  }

  /**
   * Creates the trainer of one tree.
   *
   * @param rows the training rows
   * @param counts how many times each row is in this tree's sample, none negative
   * @param sampleSeed the seed the counts were drawn with, kept in the provenance
   * @param maxDepth the maximum depth
   * @param minChildWeight the least weight a node needs to be split
   * @param fractionFeaturesInSplit the share of features drawn at every node, in (0, 1]
   * @param seed the seed of the feature draws
   */
  HistogramCartTrainer(
      Rows rows,
      int[] counts,
      long sampleSeed,
      int maxDepth,
      float minChildWeight,
      float fractionFeaturesInSplit,
      long seed) {
    super(maxDepth, minChildWeight, 0.0f, fractionFeaturesInSplit, false, seed);
    this.rows = Objects.requireNonNull(rows, "rows");
    this.counts = Objects.requireNonNull(counts, "counts");
    if (counts.length != rows.columns().rows()) {
      throw new IllegalArgumentException(counts.length + " counts for " + rows.columns().rows());
    }
    int sampled = 0;
    for (int c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("sample counts must not be negative, got " + c);
      }
      sampled += c > 0 ? 1 : 0;
    }
    if (sampled == 0) {
      throw new IllegalArgumentException("the sample holds no row");
    }
    this.index = new int[sampled];
    int k = 0;
    for (int r = 0; r < counts.length; r++) {
      if (counts[r] > 0) {
        index[k++] = r;
      }
    }
    this.sampleSeed = sampleSeed;
    this.maxBins = rows.columns().maxBins();
    this.histograms = new NodeHistogram.Pool(rows, counts, index);
    this.search = new SplitSearch(rows, histograms);
    this.classes = rows.classNames().length;
    this.features = rows.columns().columns();
    postConfig();
  }

  @Override
  protected AbstractTrainingNode<Label> mkTrainingNode(
      Dataset<Label> examples, AbstractTrainingNode.LeafDeterminer leafDeterminer) {
    if (root != null) {
      throw new IllegalStateException("a HistogramCartTrainer trains one tree only");
    }
    if (examples.size() != counts.length
        || examples.getFeatureIDMap().size() != features
        || examples.getOutputIDInfo().size() > classes) {
      throw new IllegalArgumentException(
          "the dataset does not match the binned rows: "
              + examples.size()
              + " examples of "
              + examples.getFeatureIDMap().size()
              + " features, expected "
              + counts.length
              + " of "
              + features);
    }
    outputs = examples.getOutputIDInfo();
    classOfOutput = new int[outputs.size()];
    List<String> names = Arrays.asList(rows.classNames());
    for (int id = 0; id < outputs.size(); id++) {
      classOfOutput[id] = names.indexOf(outputs.getOutput(id).getLabel());
      if (classOfOutput[id] < 0) {
        throw new IllegalArgumentException("unknown label " + outputs.getOutput(id));
      }
    }
    int[] classCounts = new int[classes];
    for (int r : index) {
      classCounts[rows.classOf()[r]] += counts[r];
    }
    root = new Grower(0, 0, index.length, classCounts, leafDeterminer);
    root.histogram.fillAll();
    return root;
  }

  /**
   * The covers of the trained tree's leaves: the summed weights of the sampled rows (repeats
   * included) that reach each leaf, depth first, the "less than or equal" side first.
   *
   * @return the covers
   * @throws IllegalStateException before the tree is trained
   */
  double[] leafCovers() {
    if (root == null) {
      throw new IllegalStateException("no tree trained yet");
    }
    List<Double> covers = new ArrayList<>();
    ArrayDeque<Grower> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Grower node = stack.pop();
      if (node.isLeaf()) {
        covers.add(node.weight);
      } else {
        stack.push((Grower) node.greaterThan());
        stack.push((Grower) node.lessThanOrEqual());
      }
    }
    return covers.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Override
  public TrainerProvenance getProvenance() {
    return new TrainerProvenanceImpl(this);
  }

  @Override
  public String toString() {
    return "HistogramCartTrainer(maxDepth="
        + maxDepth
        + ",minChildWeight="
        + minChildWeight
        + ",fractionFeaturesInSplit="
        + fractionFeaturesInSplit
        + ",maxBins="
        + maxBins
        + ",seed="
        + seed
        + ",sampleSeed="
        + sampleSeed
        + ")";
  }

  /** A node while the tree grows: a range of the sample's row index and its class histograms. */
  private final class Grower extends AbstractTrainingNode<Label> {
    private static final long serialVersionUID = 1L;

    private final int start;
    private final int end;
    private final int[] classCounts;
    private final double weight;
    private final double[] classWeightSums;
    private final NodeHistogram histogram;

    Grower(
        int depth,
        int start,
        int end,
        int[] classCounts,
        AbstractTrainingNode.LeafDeterminer leafDeterminer) {
      super(depth, Arrays.stream(classCounts).sum(), leafDeterminer);
      this.start = start;
      this.end = end;
      this.classCounts = classCounts;
      this.classWeightSums = new double[classes];
      this.histogram = histograms.node(start, end);
      double w = 0.0;
      for (int c = 0; c < classes; c++) {
        classWeightSums[c] = (double) classCounts[c] * rows.classWeights()[c];
        w += classWeightSums[c];
      }
      this.weight = w;
      double gini = 0.0;
      for (int c = 0; c < classes; c++) {
        double p = classWeightSums[c] / w;
        gini += p * (1.0 - p);
      }
      this.impurityScore = gini;
    }

    Node<Label> lessThanOrEqual() {
      return lessThanOrEqual;
    }

    Node<Label> greaterThan() {
      return greaterThan;
    }

    @Override
    public double getImpurity() {
      return impurityScore;
    }

    @Override
    public float getWeightSum() {
      return (float) weight;
    }

    /** Tribuo's loop splits exactly the nodes that pass this test (the same test). */
    private boolean splittable() {
      return impurityScore > 0.0
          && depth < leafDeterminer.getMaxDepth()
          && getWeightSum() >= leafDeterminer.getMinChildWeight();
    }

    @Override
    public List<AbstractTrainingNode<Label>> buildTree(
        int[] featureIDs, SplittableRandom rng, boolean useRandomSplitPoints) {
      for (int f : featureIDs) {
        if (!histogram.has(f)) {
          histogram.fill(f);
        }
      }
      SplitSearch.Split best = search.best(histogram.counts(), featureIDs, classWeightSums, weight);
      if (best == null) {
        histogram.release();
        return List.of();
      }
      int bestFeature = best.feature;
      int bestBin = best.bin;
      int[] bestLeft = best.left;
      split = true;
      splitID = bestFeature;
      splitValue = rows.columns().threshold(bestFeature, bestBin);
      int mid = partition(bestFeature, bestBin);
      int[] bestRight = new int[classes];
      for (int c = 0; c < classes; c++) {
        bestRight[c] = classCounts[c] - bestLeft[c];
      }
      Grower low = new Grower(depth + 1, start, mid, bestLeft, leafDeterminer);
      Grower high = new Grower(depth + 1, mid, end, bestRight, leafDeterminer);
      lessThanOrEqual = low;
      greaterThan = high;
      prepareHistograms(low, high, featureIDs.length);
      List<AbstractTrainingNode<Label>> out = new ArrayList<>(2);
      if (low.splittable()) {
        out.add(low);
      }
      if (high.splittable()) {
        out.add(high);
      }
      return out;
    }

    /** Moves the rows of bins {@code <= bin} to the front of the range; returns where they end. */
    private int partition(int f, int bin) {
      byte[] codes = rows.columns().codes(f);
      int i = start;
      int j = end - 1;
      while (i <= j) {
        if ((codes[index[i]] & 0xFF) <= bin) {
          i++;
        } else {
          int t = index[i];
          index[i] = index[j];
          index[j--] = t;
        }
      }
      return i;
    }

    /**
     * Hands this node's histogram on by subtraction when that reads fewer row values than letting
     * the children build theirs for the features they draw; otherwise frees it.
     */
    private void prepareHistograms(Grower low, Grower high, int drawn) {
      boolean lowSplits = low.splittable();
      boolean highSplits = high.splittable();
      if (!lowSplits && !highSplits) {
        histogram.release();
        return;
      }
      Grower small = low.end - low.start <= high.end - high.start ? low : high;
      Grower large = small == low ? high : low;
      long subtraction = (long) (small.end - small.start) * features;
      long direct =
          (long) drawn
              * ((lowSplits ? low.end - low.start : 0) + (highSplits ? high.end - high.start : 0));
      if (!histogram.full() || subtraction > direct) {
        histogram.release();
        return;
      }
      small.histogram.fillAll();
      histogram.subtractInto(small.histogram, large.histogram);
      if (!small.splittable()) {
        small.histogram.release();
      }
      if (!large.splittable()) {
        large.histogram.release();
      }
    }

    @Override
    public Node<Label> convertTree() {
      if (split) {
        return createSplitNode();
      }
      Map<String, Label> scores = new LinkedHashMap<>();
      Label best = null;
      double bestShare = Double.NEGATIVE_INFINITY;
      for (int id = 0; id < outputs.size(); id++) {
        int c = classOfOutput[id];
        double share = classWeightSums[c] / weight;
        Label label = new Label(rows.classNames()[c], share);
        scores.put(label.getLabel(), label);
        if (share > bestShare) {
          bestShare = share;
          best = label;
        }
      }
      return new LeafNode<>(impurityScore, best, scores, true);
    }
  }
}

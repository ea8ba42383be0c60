package io.retention.ml.tribuo;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The class histograms of one node of a {@link HistogramCartTrainer} tree: for each feature, the
 * sampled rows' count per bin and class, filled feature by feature when the split search needs
 * them, or derived from the parent's by subtracting the sibling's. The arrays come from, and go
 * back to, a {@link Pool} shared by the nodes of one tree. Not thread-safe.
 */
final class NodeHistogram {

  /** The rows one tree's histograms count, and the spare arrays its nodes reuse. */
  static final class Pool {
    private final HistogramCartTrainer.Rows rows;
    private final int[] counts;
    private final int[] index;
    private final int stride;
    private final int classes;
    private final int features;
    private final ArrayDeque<int[]> spare = new ArrayDeque<>();

    /**
     * A pool over one tree's sample.
     *
     * @param rows the training rows
     * @param counts how many times each row is in the sample
     * @param index the sampled rows, which the nodes own as ranges (partitioned as the tree grows)
     */
    Pool(HistogramCartTrainer.Rows rows, int[] counts, int[] index) {
      this.rows = rows;
      this.counts = counts;
      this.index = index;
      this.stride = rows.columns().maxBins();
      this.classes = rows.classNames().length;
      this.features = rows.columns().columns();
    }

    /**
     * The histogram of a node's range of the sample, empty until filled.
     *
     * @param start the first position of the range in the index
     * @param end the position after the last
     * @return the histogram
     */
    NodeHistogram node(int start, int end) {
      return new NodeHistogram(this, start, end);
    }

    /**
     * Where the counts of a feature's bins start in a histogram: bin b of class c is at {@code
     * offset(f) + b * classes + c}.
     *
     * @param f the feature
     * @return the offset
     */
    int offset(int f) {
      return f * stride * classes;
    }

    private int[] acquire() {
      int[] h = spare.poll();
      return h != null ? h : new int[features * stride * classes];
    }
  }

  private final Pool pool;
  private final int start;
  private final int end;
  private int[] counts;
  private boolean[] filled;

  private NodeHistogram(Pool pool, int start, int end) {
    this.pool = pool;
    this.start = start;
    this.end = end;
  }

  /**
   * The counts, laid out as {@link Pool#offset} says; read only the features {@link #has}.
   *
   * @return the counts
   */
  int[] counts() {
    return counts;
  }

  /**
   * Whether a feature's counts are filled.
   *
   * @param f the feature
   * @return true when filled
   */
  boolean has(int f) {
    return counts != null && filled[f];
  }

  /**
   * Counts the node's rows per bin and class for one feature.
   *
   * @param f the feature
   */
  void fill(int f) {
    if (counts == null) {
      counts = pool.acquire();
      filled = new boolean[pool.features];
    }
    int classes = pool.classes;
    int base = pool.offset(f);
    Arrays.fill(counts, base, base + pool.stride * classes, 0);
    byte[] codes = pool.rows.columns().codes(f);
    int[] classOf = pool.rows.classOf();
    int[] index = pool.index;
    int[] sample = pool.counts;
    for (int i = start; i < end; i++) {
      int r = index[i];
      counts[base + (codes[r] & 0xFF) * classes + classOf[r]] += sample[r];
    }
    filled[f] = true;
  }

  /** Counts the node's rows per bin and class for every feature. */
  void fillAll() {
    for (int f = 0; f < pool.features; f++) {
      fill(f);
    }
  }

  /**
   * Whether every feature's counts are filled.
   *
   * @return true when full
   */
  boolean full() {
    if (counts == null) {
      return false;
    }
    for (boolean b : filled) {
      if (!b) {
        return false;
      }
    }
    return true;
  }

  /** Gives the counts back to the pool; the node has no histogram afterwards. */
  void release() {
    if (counts != null) {
      pool.spare.push(counts);
      counts = null;
      filled = null;
    }
  }

  /**
   * Hands this full histogram minus a child's full one to the other child, whose rows are the rest
   * of this node's (exact: the histograms count rows). This node has no histogram afterwards.
   *
   * @param part one child's histogram, full
   * @param rest the other child's histogram, which receives the difference
   */
  void subtractInto(NodeHistogram part, NodeHistogram rest) {
    int[] derived = counts;
    int[] partCounts = part.counts;
    for (int i = 0; i < derived.length; i++) {
      derived[i] -= partCounts[i];
    }
    rest.counts = derived;
    rest.filled = filled;
    counts = null;
    filled = null;
  }
}

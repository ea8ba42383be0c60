package io.retention.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random trees with random covers, for tests. */
final class RandomTrees {
  private final SplittableRandom random;
  private final int features;

  RandomTrees(long seed, int features) {
    this.random = new SplittableRandom(seed);
    this.features = features;
  }

  /**
   * A random tree: splits on random features (repeats included) at thresholds in [0, 1), random
   * positive covers, leaves with values in [0, 1); a branch stops early with probability 1/4.
   */
  TreeNode tree(int maxDepth) {
    return node(maxDepth, 1.0 + random.nextInt(1000));
  }

  private TreeNode node(int depthLeft, double cover) {
    if (depthLeft == 0 || (random.nextInt(4) == 0 && depthLeft < 3)) {
      return new TreeNode.Leaf(random.nextDouble(), cover);
    }
    double share = 0.02 + 0.96 * random.nextDouble();
    TreeNode left = node(depthLeft - 1, cover * share);
    TreeNode right = node(depthLeft - 1, cover * (1.0 - share));
    return new TreeNode.Split(
        random.nextInt(features), random.nextDouble(), left, right, left.cover() + right.cover());
  }

  List<TreeNode> forest(int trees, int maxDepth) {
    List<TreeNode> out = new ArrayList<>();
    for (int t = 0; t < trees; t++) {
      out.add(tree(maxDepth));
    }
    return out;
  }

  double[] row() {
    double[] x = new double[features];
    for (int i = 0; i < features; i++) {
      x[i] = random.nextDouble();
    }
    return x;
  }
}

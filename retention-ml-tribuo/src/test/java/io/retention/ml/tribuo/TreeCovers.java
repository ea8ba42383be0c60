package io.retention.ml.tribuo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;

/**
 * Test oracle for node covers: sends weighted rows down a Tribuo tree, by the split values alone,
 * and sums the weights reaching each leaf. Independent of how the trainers count covers.
 */
final class TreeCovers {
  private TreeCovers() {}

  /**
   * The leaf covers of a tree, depth first, the "less than or equal" side first.
   *
   * @param tree the tree
   * @param names the Tribuo feature name of each value position
   * @param values the rows, values in the order of {@code names}
   * @param weights the weight of each row (0 for rows not in the sample)
   * @return the summed weights of the rows reaching each leaf
   */
  static double[] leafCovers(
      TreeModel<Label> tree, String[] names, double[][] values, double[] weights) {
    List<Node<Label>> leaves = new ArrayList<>();
    collect(tree.getRoot(), leaves);
    Map<Node<Label>, Integer> leafIndex = new IdentityHashMap<>();
    for (int l = 0; l < leaves.size(); l++) {
      leafIndex.put(leaves.get(l), l);
    }
    int[] positionOfId = new int[tree.getFeatureIDMap().size()];
    for (int k = 0; k < names.length; k++) {
      positionOfId[tree.getFeatureIDMap().getID(names[k])] = k;
    }
    double[] covers = new double[leaves.size()];
    for (int r = 0; r < values.length; r++) {
      Node<Label> node = tree.getRoot();
      while (node instanceof SplitNode<Label> split) {
        double v = values[r][positionOfId[split.getFeatureID()]];
        node = v > split.splitValue() ? split.getGreaterThan() : split.getLessThanOrEqual();
      }
      covers[leafIndex.get(node)] += weights[r];
    }
    return covers;
  }

  private static void collect(Node<Label> node, List<Node<Label>> leaves) {
    if (node instanceof SplitNode<Label> split) {
      collect(split.getLessThanOrEqual(), leaves);
      collect(split.getGreaterThan(), leaves);
    } else {
      leaves.add(node);
    }
  }
}

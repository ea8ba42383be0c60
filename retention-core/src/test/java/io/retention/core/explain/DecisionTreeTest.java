package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DecisionTreeTest {
  // x0 <= 0.5 ? (x2 <= 1 ? 0.1 : 0.4) : 0.9, covers 30, 10, 60
  private static final TreeNode ROOT =
      TreeNode.Split.of(
          0,
          0.5,
          TreeNode.Split.of(2, 1.0, new TreeNode.Leaf(0.1, 30), new TreeNode.Leaf(0.4, 10)),
          new TreeNode.Leaf(0.9, 60));

  @Test
  void goesLeftWhenTheValueIsAtMostTheThreshold() {
    DecisionTree tree = new DecisionTree(ROOT);

    assertEquals(0.1, tree.predict(new double[] {0.5, 7, 1.0}));
    assertEquals(0.4, tree.predict(new double[] {0.5, 7, 1.01}));
    assertEquals(0.9, tree.predict(new double[] {0.51, 7, 0}));
  }

  @Test
  void itsExpectedValueIsTheCoverWeightedMeanLeafValue() {
    assertEquals(
        (0.1 * 30 + 0.4 * 10 + 0.9 * 60) / 100, new DecisionTree(ROOT).expectedValue(), 1e-15);
  }

  @Test
  void reportsItsShape() {
    DecisionTree tree = new DecisionTree(ROOT);

    assertEquals(2, tree.depth());
    assertEquals(5, tree.size());
    assertEquals(3, tree.featuresNeeded());
    assertSame(ROOT, tree.root());
    assertEquals(0, new DecisionTree(new TreeNode.Leaf(1, 1)).featuresNeeded());
  }
}

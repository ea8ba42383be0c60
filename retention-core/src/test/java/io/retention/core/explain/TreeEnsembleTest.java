package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
  private static final TreeNode STUMP =
      TreeNode.Split.of(1, 0.0, new TreeNode.Leaf(0.2, 3), new TreeNode.Leaf(0.6, 1));
  private static final TreeNode DEEPER =
      TreeNode.Split.of(
          0,
          0.0,
          STUMP,
          TreeNode.Split.of(3, 0.0, new TreeNode.Leaf(1, 2), new TreeNode.Leaf(0, 2)));

  @Test
  void predictsAndExpectsTheMeanOfItsTrees() {
    TreeEnsemble forest = TreeEnsemble.of(List.of(STUMP, DEEPER));
    double[] x = {1, -1, 0, -1};

    assertEquals((0.2 + 1.0) / 2, forest.predict(x), 1e-15);
    assertEquals((0.3 + (0.3 + 0.5) / 2) / 2, forest.expectedValue(), 1e-15);
    assertEquals(2, forest.depth());
    assertEquals(4, forest.featuresNeeded());
    assertEquals(2, forest.trees().size());
  }

  @Test
  void needsATree() {
    assertThrows(IllegalArgumentException.class, () -> TreeEnsemble.of(List.of()));
  }
}

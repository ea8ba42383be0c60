package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TreeNodeTest {
  private static final TreeNode.Leaf A = new TreeNode.Leaf(0.2, 30);
  private static final TreeNode.Leaf B = new TreeNode.Leaf(0.8, 10);

  @Test
  void aSplitsCoverIsItsChildrensSumAndItsDepthTheLongestPath() {
    TreeNode.Split s = TreeNode.Split.of(0, 1.5, A, TreeNode.Split.of(1, 0.0, A, B));

    assertEquals(70, s.cover());
    assertEquals(2, s.depth());
    assertEquals(0, A.depth());
  }

  @Test
  void acceptsWeightedCoversThatDifferOnlyByRounding() {
    TreeNode.Leaf l = new TreeNode.Leaf(0, 0.1);
    TreeNode.Leaf r = new TreeNode.Leaf(0, 0.2);

    assertEquals(0.3, new TreeNode.Split(0, 0, l, r, 0.3).cover());
  }

  @Test
  void rejectsInconsistentOrNonPositiveCoversAndBadSplits() {
    assertThrows(IllegalArgumentException.class, () -> new TreeNode.Split(0, 0, A, B, 41));
    assertThrows(IllegalArgumentException.class, () -> new TreeNode.Leaf(0.5, 0));
    assertThrows(IllegalArgumentException.class, () -> new TreeNode.Leaf(0.5, Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> new TreeNode.Leaf(0.5, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> new TreeNode.Leaf(Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> TreeNode.Split.of(-1, 0, A, B));
    assertThrows(IllegalArgumentException.class, () -> TreeNode.Split.of(0, Double.NaN, A, B));
    assertThrows(NullPointerException.class, () -> TreeNode.Split.of(0, 0, null, B));
    assertThrows(NullPointerException.class, () -> TreeNode.Split.of(0, 0, A, null));
  }
}

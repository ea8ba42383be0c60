package io.retention.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StratifiedKFoldTest {
  private record Ex(String id, boolean positive) {}

  private static List<Ex> examples(int n, int positives) {
    List<Ex> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Ex("e" + i, i < positives));
    }
    return out;
  }

  @Test
  void everyFoldKeepsTheClassBalanceWithinOneExample() {
    List<Ex> data = examples(103, 31);
    int[] fold = new StratifiedKFold(5, 42).assign(data, Ex::id, Ex::positive);
    int[] pos = new int[5];
    int[] all = new int[5];
    for (int i = 0; i < fold.length; i++) {
      all[fold[i]]++;
      pos[fold[i]] += data.get(i).positive() ? 1 : 0;
    }
    for (int f = 0; f < 5; f++) {
      assertTrue(pos[f] == 6 || pos[f] == 7, "positives in fold " + f + ": " + pos[f]);
      int neg = all[f] - pos[f];
      assertTrue(neg == 14 || neg == 15, "negatives in fold " + f + ": " + neg);
    }
  }

  @Test
  void eachExampleIsTestedExactlyOnceAndTrainedOnInTheOtherFolds() {
    List<Ex> data = examples(50, 20);
    List<StratifiedSplit.Parts<Ex>> splits =
        new StratifiedKFold(4, 1).split(data, Ex::id, Ex::positive);
    assertEquals(4, splits.size());
    Set<Ex> tested = new HashSet<>();
    for (StratifiedSplit.Parts<Ex> s : splits) {
      assertEquals(50, s.train().size() + s.test().size());
      for (Ex e : s.test()) {
        assertTrue(tested.add(e));
        assertTrue(!s.train().contains(e));
      }
    }
    assertEquals(50, tested.size());
  }

  @Test
  void foldsDoNotDependOnTheInputOrder() {
    List<Ex> data = examples(80, 25);
    List<Ex> shuffled = new ArrayList<>(data);
    Collections.shuffle(shuffled, new Random(3));
    StratifiedKFold kfold = new StratifiedKFold(5, 42);
    int[] a = kfold.assign(data, Ex::id, Ex::positive);
    int[] b = kfold.assign(shuffled, Ex::id, Ex::positive);
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      byId.put(data.get(i).id(), a[i]);
    }
    int[] expected = shuffled.stream().mapToInt(e -> byId.get(e.id())).toArray();
    assertArrayEquals(expected, b);
  }

  @Test
  void anotherSeedGivesOtherFolds() {
    List<Ex> data = examples(80, 25);
    int[] a = new StratifiedKFold(5, 1).assign(data, Ex::id, Ex::positive);
    int[] b = new StratifiedKFold(5, 2).assign(data, Ex::id, Ex::positive);
    assertTrue(!java.util.Arrays.equals(a, b));
  }

  @Test
  void rejectsFewerThanTwoFoldsTooFewExamplesOfAClassAndDuplicateKeys() {
    assertThrows(IllegalArgumentException.class, () -> new StratifiedKFold(1, 0));
    StratifiedKFold kfold = new StratifiedKFold(5, 0);
    assertThrows(
        IllegalArgumentException.class, () -> kfold.assign(examples(20, 3), Ex::id, Ex::positive));
    List<Ex> dup = List.of(new Ex("a", true), new Ex("a", false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StratifiedKFold(2, 0).assign(dup, Ex::id, Ex::positive));
  }
}

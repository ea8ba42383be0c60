package io.retention.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StratifiedSplitTest {

  /** A labelled example; the key is its name. */
  private record Example(String name, boolean positive) {}

  private static final Function<Example, String> KEY = Example::name;
  private static final Predicate<Example> POSITIVE = Example::positive;

  /** {@code positives} positive and {@code negatives} negative examples, interleaved. */
  private static List<Example> examples(int positives, int negatives) {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < positives; i++) {
      out.add(new Example("p" + i, true));
    }
    for (int i = 0; i < negatives; i++) {
      out.add(new Example("n" + i, false));
    }
    Collections.shuffle(out, new Random(7));
    return out;
  }

  private static long positives(List<Example> examples) {
    return examples.stream().filter(Example::positive).count();
  }

  private static Set<String> names(List<Example> examples) {
    return examples.stream().map(Example::name).collect(Collectors.toSet());
  }

  @Test
  void keepsTheClassBalanceInBothParts() {
    StratifiedSplit.Parts<Example> parts =
        new StratifiedSplit(0.2, 42).split(examples(100, 300), KEY, POSITIVE);

    assertEquals(80, parts.test().size());
    assertEquals(20, positives(parts.test()));
    assertEquals(320, parts.train().size());
    assertEquals(80, positives(parts.train()));
  }

  @Test
  void roundsEachClassShareToTheNearestWholeExample() {
    // 5 × 0.25 = 1.25 → 1 positive; 6 × 0.25 = 1.5 → 2 negatives.
    StratifiedSplit.Parts<Example> parts =
        new StratifiedSplit(0.25, 1).split(examples(5, 6), KEY, POSITIVE);

    assertEquals(1, positives(parts.test()));
    assertEquals(2, parts.test().size() - positives(parts.test()));
  }

  @Test
  void thePartsAreDisjointAndCoverEveryExample() {
    List<Example> all = examples(30, 70);
    StratifiedSplit.Parts<Example> parts = new StratifiedSplit(0.3, 5).split(all, KEY, POSITIVE);

    Set<String> train = names(parts.train());
    Set<String> test = names(parts.test());
    Set<String> union = new HashSet<>(train);
    union.addAll(test);

    assertTrue(Collections.disjoint(train, test));
    assertEquals(names(all), union);
    assertEquals(all.size(), parts.train().size() + parts.test().size());
  }

  @Test
  void eachPartKeepsTheInputOrder() {
    List<Example> all = examples(20, 20);
    StratifiedSplit.Parts<Example> parts = new StratifiedSplit(0.5, 3).split(all, KEY, POSITIVE);

    Comparator<Example> byInputPosition = Comparator.comparingInt(all::indexOf);
    List<Example> sortedTrain = new ArrayList<>(parts.train());
    sortedTrain.sort(byInputPosition);
    List<Example> sortedTest = new ArrayList<>(parts.test());
    sortedTest.sort(byInputPosition);

    assertEquals(sortedTrain, parts.train());
    assertEquals(sortedTest, parts.test());
  }

  @Test
  void isDeterministicForASeed() {
    List<Example> all = examples(40, 60);

    assertEquals(
        new StratifiedSplit(0.2, 99).split(all, KEY, POSITIVE),
        new StratifiedSplit(0.2, 99).split(all, KEY, POSITIVE));
  }

  @Test
  void doesNotDependOnTheInputOrder() {
    List<Example> all = examples(40, 60);
    StratifiedSplit split = new StratifiedSplit(0.2, 99);
    StratifiedSplit.Parts<Example> reference = split.split(all, KEY, POSITIVE);

    for (long seed = 1; seed <= 5; seed++) {
      List<Example> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new Random(seed));
      StratifiedSplit.Parts<Example> parts = split.split(shuffled, KEY, POSITIVE);

      assertEquals(names(reference.test()), names(parts.test()), "shuffle " + seed);
      assertEquals(names(reference.train()), names(parts.train()), "shuffle " + seed);
    }
  }

  @Test
  void differentSeedsGiveDifferentTestSets() {
    List<Example> all = examples(50, 50);
    Set<Set<String>> testSets = new HashSet<>();

    for (long seed = 0; seed < 5; seed++) {
      testSets.add(names(new StratifiedSplit(0.2, seed).split(all, KEY, POSITIVE).test()));
    }

    assertEquals(5, testSets.size());
  }

  @Test
  void theTestPartHoldsTheExamplesWithTheSmallestHashesOfEachClass() {
    List<Example> all = examples(10, 10);
    long seed = 11;
    StratifiedSplit.Parts<Example> parts = new StratifiedSplit(0.3, seed).split(all, KEY, POSITIVE);

    Set<String> expected = new HashSet<>();
    for (boolean cls : new boolean[] {true, false}) {
      all.stream()
          .filter(e -> e.positive() == cls)
          .sorted(Comparator.comparingLong(e -> StratifiedSplit.hash(e.name(), seed)))
          .limit(3)
          .forEach(e -> expected.add(e.name()));
    }

    assertEquals(expected, names(parts.test()));
  }

  @Test
  void aClassIsSplitTheSameWayWhateverTheOtherClassHolds() {
    List<Example> fewNegatives = examples(30, 10);
    List<Example> manyNegatives = examples(30, 200);
    StratifiedSplit split = new StratifiedSplit(0.2, 8);

    Set<String> testPositivesA = names(split.split(fewNegatives, KEY, POSITIVE).test());
    testPositivesA.removeIf(name -> name.startsWith("n"));
    Set<String> testPositivesB = names(split.split(manyNegatives, KEY, POSITIVE).test());
    testPositivesB.removeIf(name -> name.startsWith("n"));

    assertEquals(testPositivesA, testPositivesB);
  }

  @Test
  void anEmptyInputGivesTwoEmptyParts() {
    StratifiedSplit.Parts<Example> parts =
        new StratifiedSplit(0.2, 1).split(List.of(), KEY, POSITIVE);

    assertEquals(List.of(), parts.train());
    assertEquals(List.of(), parts.test());
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        0.0,
        1.0,
        -0.1,
        1.5,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      })
  void rejectsATestFractionOutsideTheOpenUnitInterval(double fraction) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new StratifiedSplit(fraction, 1));
    assertTrue(e.getMessage().contains("test fraction"), e.getMessage());
  }

  @Test
  void rejectsAMissingKeyOrClassFunction() {
    StratifiedSplit split = new StratifiedSplit(0.2, 1);
    List<Example> all = examples(2, 2);

    assertThrows(NullPointerException.class, () -> split.split(all, null, POSITIVE));
    assertThrows(NullPointerException.class, () -> split.split(all, KEY, null));
  }

  @Test
  void partsCopyTheirLists() {
    List<String> train = new ArrayList<>(List.of("a"));
    List<String> test = new ArrayList<>(List.of("b"));
    StratifiedSplit.Parts<String> parts = new StratifiedSplit.Parts<>(train, test);

    train.add("c");
    test.clear();

    assertEquals(List.of("a"), parts.train());
    assertEquals(List.of("b"), parts.test());
    assertThrows(UnsupportedOperationException.class, () -> parts.train().add("d"));
  }

  @Test
  void hashIsStableForAKeyAndSeedAndDependsOnBoth() {
    assertEquals(StratifiedSplit.hash("customer-1", 42), StratifiedSplit.hash("customer-1", 42));
    assertNotEquals(StratifiedSplit.hash("customer-1", 42), StratifiedSplit.hash("customer-1", 43));
    assertNotEquals(StratifiedSplit.hash("customer-1", 42), StratifiedSplit.hash("customer-2", 42));
  }

  @Test
  void hashReadsKeysAsUtf8Bytes() {
    assertNotEquals(StratifiedSplit.hash("é", 0), StratifiedSplit.hash("e", 0));
    assertNotEquals(StratifiedSplit.hash("ab", 0), StratifiedSplit.hash("ba", 0));
  }

  @Test
  void duplicateKeysAreRejectedBecauseTheSplitWouldDependOnOrder() {
    List<String> keys = List.of("a", "b", "a");
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> new StratifiedSplit(0.5, 1).split(keys, k -> k, k -> k.equals("b")));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'a'"), e.getMessage());
  }
}

package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinnedColumnsTest {

  @Test
  void fewDistinctValuesGetOneBinEachWithMidpointThresholds() {
    BinnedColumns b = BinnedColumns.of(new double[][] {{3.0, 1.0, 2.0, 2.0, 1.0}}, 255);
    assertEquals(1, b.columns());
    assertEquals(5, b.rows());
    assertEquals(3, b.bins(0));
    assertEquals(1.5, b.threshold(0, 0));
    assertEquals(2.5, b.threshold(0, 1));
    int[] expected = {2, 0, 1, 1, 0};
    for (int r = 0; r < expected.length; r++) {
      assertEquals(expected[r], b.code(0, r));
    }
  }

  @Test
  void manyDistinctValuesAreCutAtQuantilesIntoBinsOfSimilarSize() {
    SplittableRandom random = new SplittableRandom(1);
    double[] values = new double[10_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble() * random.nextDouble();
    }
    BinnedColumns b = BinnedColumns.of(new double[][] {values}, 10);
    assertEquals(10, b.bins(0));
    int[] sizes = new int[10];
    for (int r = 0; r < values.length; r++) {
      sizes[b.code(0, r)]++;
    }
    for (int size : sizes) {
      assertTrue(size >= 999 && size <= 1001, "bin size " + size);
    }
  }

  @Test
  void everyThresholdSendsExactlyTheRowsOfTheLowerBinsLeft() {
    SplittableRandom random = new SplittableRandom(2);
    double[][] columns = new double[3][5_000];
    for (int r = 0; r < 5_000; r++) {
      columns[0][r] = random.nextGaussian();
      columns[1][r] = random.nextInt(40) * 0.1;
      columns[2][r] = random.nextInt(3) == 0 ? 0.0 : random.nextDouble() * 1e6;
    }
    BinnedColumns b = BinnedColumns.of(columns, 32);
    assertEquals(32, b.maxBins());
    for (int f = 0; f < 3; f++) {
      for (int bin = 0; bin + 1 < b.bins(f); bin++) {
        for (int r = 0; r < 5_000; r++) {
          assertEquals(
              b.code(f, r) <= bin,
              columns[f][r] <= b.threshold(f, bin),
              "column " + f + ", bin " + bin + ", row " + r);
        }
      }
    }
  }

  @Test
  void aValueHeavierThanOneShareHasItsOwnBinAndFewerBinsResult() {
    double[] values = new double[1_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i < 700 ? 0.0 : i;
    }
    BinnedColumns b = BinnedColumns.of(new double[][] {values}, 10);
    assertTrue(b.bins(0) < 10, "bins " + b.bins(0));
    assertEquals(0, b.code(0, 0));
    assertEquals(0, b.code(0, 699));
    assertTrue(b.code(0, 700) > 0);
  }

  @Test
  void negativeZeroAndZeroShareABinAsTheyDoForLessOrEqual() {
    BinnedColumns b = BinnedColumns.of(new double[][] {{-0.0, 0.0, 1.0}}, 255);
    assertEquals(2, b.bins(0));
    assertEquals(b.code(0, 0), b.code(0, 1));
  }

  @Test
  void thresholdsStayBelowTheUpperValueEvenBetweenNeighbouringDoubles() {
    assertEquals(2.0, BinnedColumns.between(1.0, 3.0));
    double a = 1.0;
    double next = Math.nextUp(a);
    assertEquals(a, BinnedColumns.between(a, next));
    double big = BinnedColumns.between(-Double.MAX_VALUE, Double.MAX_VALUE);
    assertEquals(0.0, big);
  }

  @Test
  void aConstantColumnIsOneBin() {
    BinnedColumns b = BinnedColumns.of(new double[][] {{4.0, 4.0, 4.0}}, 255);
    assertEquals(1, b.bins(0));
    assertEquals(0, b.code(0, 2));
    assertEquals(b.codes(0).length, 3);
  }

  @Test
  void nonsenseIsRefused() {
    double[][] ok = {{1.0, 2.0}};
    assertThrows(IllegalArgumentException.class, () -> BinnedColumns.of(ok, 1));
    assertThrows(IllegalArgumentException.class, () -> BinnedColumns.of(ok, 256));
    assertThrows(IllegalArgumentException.class, () -> BinnedColumns.of(new double[0][], 4));
    assertThrows(IllegalArgumentException.class, () -> BinnedColumns.of(new double[][] {{}}, 4));
    assertThrows(
        IllegalArgumentException.class,
        () -> BinnedColumns.of(new double[][] {{1.0, 2.0}, {1.0}}, 4));
    assertThrows(
        IllegalArgumentException.class,
        () -> BinnedColumns.of(new double[][] {{1.0, Double.NaN}}, 4));
    assertThrows(
        IllegalArgumentException.class,
        () -> BinnedColumns.of(new double[][] {{1.0, Double.POSITIVE_INFINITY}}, 4));
  }
}

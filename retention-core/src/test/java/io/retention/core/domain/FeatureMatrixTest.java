package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureMatrixTest {

  private static final FeatureSchema SCHEMA = FeatureSchema.of("tenure", "fee");
  private static final List<CustomerId> IDS = List.of(CustomerId.of("a"), CustomerId.of("b"));
  private static final List<ChurnLabel> LABELS = List.of(ChurnLabel.CHURNED, ChurnLabel.RETAINED);

  private static FeatureMatrix twoByTwo() {
    return new FeatureMatrix(SCHEMA, IDS, new double[][] {{1, 10}, {2, 20}}, LABELS);
  }

  @Test
  void exposesShapeIdsAndLabels() {
    FeatureMatrix m = twoByTwo();

    assertEquals(SCHEMA, m.schema());
    assertEquals(2, m.size());
    assertEquals(IDS, m.ids());
    assertEquals(LABELS, m.labels());
  }

  @Test
  void readsCellsRowsAndColumns() {
    FeatureMatrix m = twoByTwo();

    assertEquals(20.0, m.get(1, 1));
    assertEquals(FeatureVector.of(SCHEMA, 2, 20), m.row(1));
    assertArrayEquals(new double[] {10, 20}, m.column(1));
  }

  @Test
  void isImmutableThroughItsInputsAndOutputs() {
    double[][] rows = {{1, 10}, {2, 20}};
    List<CustomerId> ids = new ArrayList<>(IDS);
    FeatureMatrix m = new FeatureMatrix(SCHEMA, ids, rows, LABELS);

    rows[0][0] = 99;
    ids.set(0, CustomerId.of("z"));
    m.column(0)[0] = 98;
    m.row(0).toArray()[0] = 97;

    assertEquals(1.0, m.get(0, 0));
    assertEquals(CustomerId.of("a"), m.ids().get(0));
    assertThrows(UnsupportedOperationException.class, () -> m.ids().add(CustomerId.of("c")));
    assertThrows(UnsupportedOperationException.class, () -> m.labels().add(ChurnLabel.UNKNOWN));
  }

  @Test
  void isFullyLabelledOnlyWhenNoLabelIsUnknown() {
    assertTrue(twoByTwo().isFullyLabelled());
    FeatureMatrix partly =
        new FeatureMatrix(
            SCHEMA,
            IDS,
            new double[][] {{1, 10}, {2, 20}},
            List.of(ChurnLabel.CHURNED, ChurnLabel.UNKNOWN));
    assertFalse(partly.isFullyLabelled());
  }

  @Test
  void anEmptyMatrixIsAllowed() {
    FeatureMatrix empty = new FeatureMatrix(SCHEMA, List.of(), new double[0][], List.of());

    assertEquals(0, empty.size());
    assertArrayEquals(new double[0], empty.column(0));
    assertTrue(empty.isFullyLabelled());
  }

  @Test
  void rejectsIdsRowsAndLabelsOfDifferentLengths() {
    double[][] oneRow = {{1, 10}};
    assertThrows(
        IllegalArgumentException.class, () -> new FeatureMatrix(SCHEMA, IDS, oneRow, LABELS));
    double[][] twoRows = {{1, 10}, {2, 20}};
    List<ChurnLabel> oneLabel = List.of(ChurnLabel.CHURNED);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new FeatureMatrix(SCHEMA, IDS, twoRows, oneLabel));
    assertTrue(e.getMessage().contains("2, 2, 1"), e.getMessage());
  }

  @Test
  void rejectsACustomerThatAppearsTwice() {
    List<CustomerId> twice = List.of(CustomerId.of("a"), CustomerId.of("a"));
    double[][] rows = {{1, 10}, {2, 20}};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new FeatureMatrix(SCHEMA, twice, rows, LABELS));
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
  }

  @Test
  void rejectsARowOfTheWrongWidthOrWithANonFiniteValue() {
    double[][] narrow = {{1, 10}, {2}};
    assertThrows(
        IllegalArgumentException.class, () -> new FeatureMatrix(SCHEMA, IDS, narrow, LABELS));
    double[][] infinite = {{1, 10}, {2, Double.POSITIVE_INFINITY}};
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new FeatureMatrix(SCHEMA, IDS, infinite, LABELS));
    assertTrue(e.getMessage().contains("'fee'"), e.getMessage());
  }

  @Test
  void rejectsNullParts() {
    double[][] rows = {{1, 10}, {2, 20}};
    assertThrows(NullPointerException.class, () -> new FeatureMatrix(null, IDS, rows, LABELS));
    assertThrows(NullPointerException.class, () -> new FeatureMatrix(SCHEMA, IDS, null, LABELS));
  }

  @Test
  void assemblesFromVectors() {
    FeatureMatrix m =
        FeatureMatrix.of(
            SCHEMA,
            IDS,
            List.of(FeatureVector.of(SCHEMA, 1, 10), FeatureVector.of(SCHEMA, 2, 20)),
            LABELS);

    assertEquals(2, m.size());
    assertEquals(FeatureVector.of(SCHEMA, 1, 10), m.row(0));
    assertEquals(LABELS, m.labels());
  }

  @Test
  void assemblingRejectsAVectorWithAnotherSchema() {
    List<FeatureVector> vectors =
        List.of(
            FeatureVector.of(SCHEMA, 1, 10),
            FeatureVector.of(FeatureSchema.of("fee", "tenure"), 2, 20));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FeatureMatrix.of(SCHEMA, IDS, vectors, LABELS));
    assertTrue(e.getMessage().startsWith("row 1"), e.getMessage());
  }
}

package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureVectorTest {

  private static final FeatureSchema SCHEMA = FeatureSchema.of("tenure", "fee");

  @Test
  void readsValuesByPositionAndByName() {
    FeatureVector v = FeatureVector.of(SCHEMA, 12.0, 9.99);

    assertEquals(SCHEMA, v.schema());
    assertEquals(2, v.size());
    assertEquals(12.0, v.get(0));
    assertEquals(9.99, v.get(1));
    assertEquals(9.99, v.get("fee"));
  }

  @Test
  void readingAnUnknownFeatureFails() {
    FeatureVector v = FeatureVector.of(SCHEMA, 1, 2);

    assertThrows(IllegalArgumentException.class, () -> v.get("age"));
  }

  @Test
  void copiesValuesInAndOut() {
    double[] values = {1, 2};
    FeatureVector v = FeatureVector.of(SCHEMA, values);

    values[0] = 100;
    double[] out = v.toArray();
    out[1] = 200;

    assertArrayEquals(new double[] {1, 2}, v.toArray());
  }

  @Test
  void rejectsTheWrongNumberOfValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FeatureVector.of(SCHEMA, 1, 2, 3));
    assertTrue(e.getMessage().contains("expected 2 values"), e.getMessage());
    assertTrue(e.getMessage().contains("got 3"), e.getMessage());
  }

  @Test
  void rejectsANonFiniteValueNamingTheFeature() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FeatureVector.of(SCHEMA, 1, Double.NaN));
    assertTrue(e.getMessage().contains("'fee'"), e.getMessage());
  }

  @Test
  void rejectsANullSchemaOrValues() {
    assertThrows(NullPointerException.class, () -> FeatureVector.of(null, 1, 2));
    assertThrows(NullPointerException.class, () -> FeatureVector.of(SCHEMA, (double[]) null));
  }

  @Test
  void vectorsWithTheSameSchemaAndValuesAreEqual() {
    FeatureVector a = FeatureVector.of(SCHEMA, 1, 2);
    FeatureVector b = FeatureVector.of(FeatureSchema.of("tenure", "fee"), 1, 2);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, FeatureVector.of(SCHEMA, 1, 3));
    assertNotEquals(a, FeatureVector.of(FeatureSchema.of("fee", "tenure"), 1, 2));
    assertNotEquals(a, (Object) new double[] {1, 2});
  }

  @Test
  void printsNamesWithValues() {
    assertEquals(
        "FeatureVector{tenure=12.0, fee=9.5}", FeatureVector.of(SCHEMA, 12, 9.5).toString());
    assertEquals("FeatureVector{}", FeatureVector.of(FeatureSchema.of()).toString());
  }
}

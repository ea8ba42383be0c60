package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureSchemaTest {

  @Test
  void keepsTheNamesInTheGivenOrder() {
    FeatureSchema schema = FeatureSchema.of("tenure", "fee", "age");

    assertEquals(List.of("tenure", "fee", "age"), schema.names());
    assertEquals(3, schema.size());
  }

  @Test
  void findsThePositionOfAFeature() {
    FeatureSchema schema = FeatureSchema.of("tenure", "fee", "age");

    assertEquals(0, schema.indexOf("tenure"));
    assertEquals(2, schema.indexOf("age"));
  }

  @Test
  void anUnknownFeatureIsReportedWithTheKnownOnes() {
    FeatureSchema schema = FeatureSchema.of("tenure", "fee");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> schema.indexOf("age"));
    assertTrue(e.getMessage().contains("'age'"), e.getMessage());
    assertTrue(e.getMessage().contains("[tenure, fee]"), e.getMessage());
  }

  @Test
  void anEmptySchemaIsAllowed() {
    assertEquals(0, FeatureSchema.of().size());
  }

  @Test
  void schemasAreEqualOnlyWithTheSameNamesInTheSameOrder() {
    assertEquals(FeatureSchema.of("a", "b"), new FeatureSchema(List.of("a", "b")));
    assertEquals(FeatureSchema.of("a", "b").hashCode(), FeatureSchema.of("a", "b").hashCode());
    assertNotEquals(FeatureSchema.of("a", "b"), FeatureSchema.of("b", "a"));
  }

  @Test
  void rejectsANameListedTwice() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FeatureSchema.of("a", "b", "a"));
    assertTrue(e.getMessage().contains("'a'"), e.getMessage());
  }

  @Test
  void rejectsBlankOrNullNames() {
    assertThrows(IllegalArgumentException.class, () -> FeatureSchema.of("a", " "));
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> new FeatureSchema(withNull));
  }

  @Test
  void copiesTheNames() {
    List<String> names = new ArrayList<>(List.of("a"));
    FeatureSchema schema = new FeatureSchema(names);

    names.add("b");

    assertEquals(List.of("a"), schema.names());
    assertThrows(UnsupportedOperationException.class, () -> schema.names().add("c"));
  }
}

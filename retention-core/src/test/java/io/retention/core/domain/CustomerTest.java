package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

  @Test
  void builderCollectsAttributesAndLabel() {
    Customer c =
        Customer.builder("c1")
            .numeric("tenure", 12)
            .numeric("fee", 9.99)
            .categorical("plan", "Premium")
            .churned(true)
            .build();

    assertEquals(CustomerId.of("c1"), c.id());
    assertEquals(Map.of("tenure", 12.0, "fee", 9.99), c.numeric());
    assertEquals(Map.of("plan", "Premium"), c.categorical());
    assertEquals(ChurnLabel.CHURNED, c.label());
  }

  @Test
  void builderLeavesTheLabelUnknownByDefault() {
    Customer c = Customer.builder("c1").build();

    assertEquals(ChurnLabel.UNKNOWN, c.label());
    assertFalse(c.isLabelled());
  }

  @Test
  void laterBuilderValuesReplaceEarlierOnes() {
    Customer c =
        Customer.builder("c1")
            .numeric("tenure", 1)
            .numeric("tenure", 2)
            .churned(true)
            .label(ChurnLabel.RETAINED)
            .build();

    assertEquals(OptionalDouble.of(2.0), c.numericValue("tenure"));
    assertEquals(ChurnLabel.RETAINED, c.label());
  }

  @Test
  void looksUpAttributesByKind() {
    Customer c = Customer.builder("c1").numeric("age", 40).categorical("plan", "Basic").build();

    assertEquals(OptionalDouble.of(40.0), c.numericValue("age"));
    assertEquals(OptionalDouble.empty(), c.numericValue("plan"));
    assertEquals(OptionalDouble.empty(), c.numericValue("missing"));
    assertEquals(Optional.of("Basic"), c.categoricalValue("plan"));
    assertEquals(Optional.empty(), c.categoricalValue("age"));
    assertEquals(Optional.empty(), c.categoricalValue("missing"));
  }

  @Test
  void churnedReflectsAKnownLabel() {
    Customer churned = Customer.builder("a").churned(true).build();
    Customer retained = Customer.builder("b").churned(false).build();

    assertTrue(churned.isLabelled());
    assertTrue(churned.churned());
    assertTrue(retained.isLabelled());
    assertFalse(retained.churned());
  }

  @Test
  void askingWhetherAnUnlabelledCustomerChurnedFailsNamingTheCustomer() {
    Customer c = Customer.builder("c77").build();

    IllegalStateException e = assertThrows(IllegalStateException.class, c::churned);
    assertTrue(e.getMessage().contains("c77"), e.getMessage());
  }

  @Test
  void attributesAreCopiedAndCannotBeChanged() {
    Map<String, Double> numeric = new HashMap<>(Map.of("age", 30.0));
    Map<String, String> categorical = new HashMap<>(Map.of("plan", "Basic"));
    Customer c = new Customer(CustomerId.of("c1"), numeric, categorical, ChurnLabel.UNKNOWN);

    numeric.put("age", 99.0);
    categorical.put("region", "EU");

    assertEquals(Map.of("age", 30.0), c.numeric());
    assertEquals(Map.of("plan", "Basic"), c.categorical());
    assertThrows(UnsupportedOperationException.class, () -> c.numeric().put("x", 1.0));
    assertThrows(UnsupportedOperationException.class, () -> c.categorical().put("x", "y"));
  }

  @Test
  void customersWithTheSameDataAreEqual() {
    Customer a = Customer.builder("c1").numeric("x", 1).numeric("y", 2).churned(false).build();
    Customer b = Customer.builder("c1").numeric("y", 2).numeric("x", 1).churned(false).build();

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Customer.builder("c1").numeric("x", 1).numeric("y", 2).build());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsNonFiniteNumbersNamingTheAttributeAndCustomer(double value) {
    Customer.Builder b = Customer.builder("c9").numeric("fee", value);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("fee"), e.getMessage());
    assertTrue(e.getMessage().contains("c9"), e.getMessage());
  }

  @Test
  void rejectsBlankCategoriesNamingTheAttribute() {
    Customer.Builder b = Customer.builder("c9").categorical("plan", " ");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("plan"), e.getMessage());
  }

  @Test
  void rejectsBlankAttributeNames() {
    assertThrows(
        IllegalArgumentException.class, () -> Customer.builder("c").numeric(" ", 1).build());
    assertThrows(
        IllegalArgumentException.class, () -> Customer.builder("c").categorical("", "v").build());
  }

  @Test
  void rejectsAnAttributeThatIsBothNumericAndCategorical() {
    Customer.Builder b = Customer.builder("c1").numeric("plan", 1).categorical("plan", "Basic");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("both numeric and categorical"), e.getMessage());
  }

  @Test
  void rejectsMissingParts() {
    Map<String, Double> none = Map.of();
    Map<String, String> noCategories = Map.of();
    CustomerId id = CustomerId.of("c1");
    assertThrows(
        NullPointerException.class,
        () -> new Customer(null, none, noCategories, ChurnLabel.UNKNOWN));
    assertThrows(NullPointerException.class, () -> new Customer(id, none, noCategories, null));
    assertThrows(
        NullPointerException.class, () -> new Customer(id, null, noCategories, ChurnLabel.UNKNOWN));
    assertThrows(
        NullPointerException.class, () -> new Customer(id, none, null, ChurnLabel.UNKNOWN));
    assertThrows(NullPointerException.class, () -> Customer.builder("c1").label(null));
  }

  @Test
  void builderRejectsABlankIdentifierAtOnce() {
    assertThrows(IllegalArgumentException.class, () -> Customer.builder(" "));
  }
}

package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.CustomerSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerSource} promises. */
public abstract class CustomerSourceContract {

  /**
   * The source under test; it must yield at least one customer.
   *
   * @return a fresh source
   */
  protected abstract CustomerSource createSource();

  private static List<Customer> readAll(CustomerSource source) {
    try (Stream<Customer> customers = source.customers()) {
      return customers.toList();
    }
  }

  @Test
  void yieldsAtLeastOneCustomer() {
    assertFalse(readAll(createSource()).isEmpty());
  }

  @Test
  void everyPassYieldsTheSameCustomersInTheSameOrder() {
    CustomerSource source = createSource();
    assertEquals(readAll(source), readAll(source));
  }

  @Test
  void customerIdsAreDistinct() {
    Set<CustomerId> seen = new HashSet<>();
    for (Customer c : readAll(createSource())) {
      assertTrue(seen.add(c.id()), () -> "duplicate customer " + c.id());
    }
  }

  @Test
  void attributesBelongToTheSchemaWithTheirDeclaredKind() {
    CustomerSource source = createSource();
    CustomerSchema schema = source.schema();
    for (Customer c : readAll(source)) {
      for (String name : c.numeric().keySet()) {
        assertTrue(
            schema.numericAttributes().contains(name),
            () -> "customer " + c.id() + " has numeric '" + name + "' not in the schema");
      }
      for (String name : c.categorical().keySet()) {
        assertTrue(
            schema.categoricalAttributes().contains(name),
            () -> "customer " + c.id() + " has categorical '" + name + "' not in the schema");
      }
    }
  }

  @Test
  void aStreamCanBeClosedBeforeItIsExhausted() {
    CustomerSource source = createSource();
    try (Stream<Customer> customers = source.customers()) {
      assertTrue(customers.findFirst().isPresent());
    }
    assertFalse(readAll(source).isEmpty());
  }
}

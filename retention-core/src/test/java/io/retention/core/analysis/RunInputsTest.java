package io.retention.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.ActivitySource;
import io.retention.core.port.out.CatalogSource;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.testing.TestCustomers;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RunInputsTest {
  private final CustomerSource customers =
      new CustomerSource() {
        @Override
        public CustomerSchema schema() {
          return TestCustomers.SMALL_SCHEMA;
        }

        @Override
        public Stream<Customer> customers() {
          return TestCustomers.labelled(10, 1).stream();
        }
      };

  @Test
  void customersAloneHaveNoCatalogAndNoEvents() {
    RunInputs in = RunInputs.of("generated", customers);
    assertEquals("generated", in.name());
    assertSame(customers, in.customers());
    assertTrue(in.catalog().isEmpty());
    assertTrue(in.activity().isEmpty());
  }

  @Test
  void aCatalogAndEventsPlugInWithoutChangingTheCustomers() {
    CatalogSource titles = Stream::empty;
    ActivitySource events = Stream::empty;
    RunInputs in = RunInputs.of("generated", customers).withCatalog(titles).withActivity(events);
    assertSame(titles, in.catalog().orElseThrow());
    assertSame(events, in.activity().orElseThrow());
    assertSame(customers, in.customers());
  }

  @Test
  void aBlankNameIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RunInputs.of(" ", customers));
  }
}

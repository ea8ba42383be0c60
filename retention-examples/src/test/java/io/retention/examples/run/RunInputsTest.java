package io.retention.examples.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.port.out.ActivitySource;
import io.retention.core.port.out.CatalogSource;
import io.retention.examples.data.SyntheticCustomers;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RunInputsTest {
  private final SyntheticCustomers customers = new SyntheticCustomers(10, 1);

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

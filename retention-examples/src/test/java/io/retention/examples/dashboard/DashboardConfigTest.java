package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardConfigTest {
  @Test
  void defaultsToLoopbackOnPort8080() {
    assertEquals("127.0.0.1", DashboardConfig.DEFAULTS.host());
    assertEquals(8080, DashboardConfig.DEFAULTS.port());
    assertEquals(0, DashboardConfig.DEFAULTS.withPort(0).port());
    assertEquals("0.0.0.0", DashboardConfig.DEFAULTS.withHost("0.0.0.0").host());
  }

  @Test
  void refusesImpossiblePortsHostsAndThreadCounts() {
    assertThrows(IllegalArgumentException.class, () -> DashboardConfig.DEFAULTS.withPort(-1));
    assertThrows(IllegalArgumentException.class, () -> DashboardConfig.DEFAULTS.withPort(65_536));
    assertThrows(IllegalArgumentException.class, () -> DashboardConfig.DEFAULTS.withHost(" "));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DashboardConfig("localhost", 0, 0, false, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> DashboardConfig.DEFAULTS.withAllowedHosts(List.of("example.org:80")));
  }
}

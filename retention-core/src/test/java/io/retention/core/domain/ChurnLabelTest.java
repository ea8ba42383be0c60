package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChurnLabelTest {

  @Test
  void aKnownOutcomeMapsToChurnedOrRetained() {
    assertEquals(ChurnLabel.CHURNED, ChurnLabel.of(true));
    assertEquals(ChurnLabel.RETAINED, ChurnLabel.of(false));
  }
}

package io.retention.core.port.out;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class ProgressListenerTest {

  @Test
  void theSilentListenerAcceptsEveryCallInAnyOrder() {
    assertDoesNotThrow(
        () -> {
          ProgressListener.NONE.advanced(3);
          ProgressListener.NONE.started("task", -1);
          ProgressListener.NONE.finished();
          ProgressListener.NONE.finished();
        });
  }
}

package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CsvReadOptionsTest {

  @Test
  void defaultsAreUtf8FailFastAndNoListener() {
    assertEquals(StandardCharsets.UTF_8, CsvReadOptions.DEFAULTS.charset());
    assertEquals(BadRowPolicy.FAIL_FAST, CsvReadOptions.DEFAULTS.policy());
    assertSame(ReadListener.NONE, CsvReadOptions.DEFAULTS.listener());
  }

  @Test
  void withersChangeOneFieldEach() {
    ReadListener listener = r -> {};
    CsvReadOptions o =
        CsvReadOptions.DEFAULTS
            .withCharset(StandardCharsets.ISO_8859_1)
            .withPolicy(BadRowPolicy.QUARANTINE)
            .withListener(listener);
    assertEquals(
        new CsvReadOptions(StandardCharsets.ISO_8859_1, BadRowPolicy.QUARANTINE, listener), o);
  }

  @Test
  void theRejectedFileSitsBesideTheInputWithItsExtensionReplaced() {
    assertEquals(
        Path.of("data", "customers.rejected.csv"),
        CsvReadOptions.rejectedFileFor(Path.of("data", "customers.csv")));
    assertEquals(
        Path.of("CDNOW_master.rejected.csv"),
        CsvReadOptions.rejectedFileFor(Path.of("CDNOW_master.txt")));
    assertEquals(Path.of("raw.rejected.csv"), CsvReadOptions.rejectedFileFor(Path.of("raw")));
  }

  @Test
  void nullsAreRefused() {
    assertThrows(
        NullPointerException.class,
        () -> new CsvReadOptions(null, BadRowPolicy.FAIL_FAST, ReadListener.NONE));
  }
}

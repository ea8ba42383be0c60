package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.port.out.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void offATerminalItWritesOneLineAtStartEachQuarterAndTheEnd() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = ConsoleProgress.plainLines(new PrintWriter(text));
    progress.started("Training", 8);
    for (long i = 1; i <= 8; i++) {
      progress.advanced(i);
    }
    progress.finished();
    List<String> lines = text.toString().lines().toList();
    assertEquals("Training ...", lines.get(0));
    assertEquals("Training: 25% (2 of 8)", lines.get(1));
    assertEquals("Training: 50% (4 of 8)", lines.get(2));
    assertEquals("Training: 75% (6 of 8)", lines.get(3));
    assertTrue(lines.get(4).startsWith("Training: done in "), lines.get(4));
    assertEquals(5, lines.size());
  }

  @Test
  void anUnknownTotalOnlyReportsTheStartAndTheEnd() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = ConsoleProgress.plainLines(new PrintWriter(text));
    progress.started("Reading", -1);
    progress.advanced(100);
    progress.finished();
    assertEquals(2, text.toString().lines().count(), text.toString());
  }

  @Test
  void progressFromManyThreadsIsReportedOnceForEachQuarter() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = ConsoleProgress.plainLines(new PrintWriter(text));
    progress.started("Explaining", 1000);
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    IntStream.range(0, 1000).parallel().forEach(i -> progress.advanced(done.incrementAndGet()));
    progress.finished();
    assertEquals(5, text.toString().lines().count(), text.toString());
  }

  @Test
  void onATerminalTheBarIsDrawnOnTheGivenStreamAndNothingElseIsWritten() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter text = new StringWriter();
    ConsoleProgress progress =
        ConsoleProgress.bar(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), new PrintWriter(text));
    progress.started("Scanning", 4);
    progress.advanced(2);
    progress.advanced(4);
    progress.finished();
    String bar = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(bar.contains("Scanning"), bar);
    assertTrue(bar.contains("4/4"), bar);
    assertEquals("", text.toString());
  }

  @Test
  void turnedOffItIsSilentAndOffATerminalItIsPlain() {
    StringWriter text = new StringWriter();
    assertSame(ProgressListener.NONE, ConsoleProgress.forConsole(false, new PrintWriter(text)));
    ProgressListener plain = ConsoleProgress.forConsole(true, new PrintWriter(text));
    plain.started("Work", 2);
    plain.finished();
    assertFalse(text.toString().isEmpty(), "tests run without a console, so lines are plain");
  }
}

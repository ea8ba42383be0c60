package io.retention.examples.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.examples.data.SyntheticWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateWorldTest {
  @TempDir Path dir;

  @Test
  void discardingCountsWhatWritingWrites() {
    SyntheticWorld world = SyntheticWorld.of(300, 200, 5);
    assertEquals(world.write(dir), GenerateWorld.discard(world));
  }

  @Test
  void mainWritesTheThreeFilesAndReportsCountsAndPeakHeap() throws Exception {
    String out = Output.of(() -> GenerateWorld.main(new String[] {dir.toString(), "250", "3"}));

    Matcher m =
        Pattern.compile(
                "wrote .*: 250 customers, 1500 titles, (\\d+) events in \\S+ s; peak heap \\d+ MiB"
                    + " of \\d+ MiB max\\R")
            .matcher(out);
    assertTrue(m.matches(), out);
    long lines;
    try (var s = Files.lines(dir.resolve(RunFolder.EVENTS))) {
      lines = s.count();
    }
    assertEquals(Long.parseLong(m.group(1)) + 1, lines);
    assertTrue(Files.isRegularFile(dir.resolve(RunFolder.CUSTOMERS)));
    assertTrue(Files.isRegularFile(dir.resolve(RunFolder.TITLES)));
  }

  @Test
  void discardModeStreamsWithoutWriting() throws Exception {
    String out = Output.of(() -> GenerateWorld.main(new String[] {GenerateWorld.DISCARD, "100"}));
    assertTrue(out.startsWith("streamed: 100 customers, 1500 titles, "), out);
  }
}

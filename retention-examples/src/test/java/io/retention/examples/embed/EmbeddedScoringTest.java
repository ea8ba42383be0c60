package io.retention.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.examples.data.SyntheticCustomers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbeddedScoringTest {

  @Test
  void aServiceTrainsOnceAndScoresSingleCustomersFromManyThreads() {
    SyntheticCustomers generator = new SyntheticCustomers(1_200, 5);
    List<Customer> all = generator.customers().toList();
    EmbeddedScoring service = new EmbeddedScoring(generator.schema(), all.subList(0, 1_000));
    List<Customer> fresh = all.subList(1_000, 1_200);
    List<ChurnScore> sequential = fresh.stream().map(service::score).toList();
    List<ChurnScore> parallel = fresh.parallelStream().map(service::score).toList();
    assertEquals(sequential, parallel);
    double churnedMean = mean(fresh, sequential, true);
    double retainedMean = mean(fresh, sequential, false);
    assertTrue(churnedMean > retainedMean + 0.15, churnedMean + " vs " + retainedMean);
  }

  @Test
  void theReadmeQuotesTheCompiledEmbeddingCodeWordForWord() throws IOException {
    assertReadmeQuotes("EmbeddedScoring.java", "embed");
  }

  @Test
  void theReadmeQuotesTheCompiledWholeAnalysisCodeWordForWord() throws IOException {
    assertReadmeQuotes("EmbeddedAnalysis.java", "analysis");
  }

  /** The README holds the tagged part of the source, without its indentation and blank lines. */
  static void assertReadmeQuotes(String file, String tag) throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/io/retention/examples/embed", file), StandardCharsets.UTF_8);
    String open = "// tag::" + tag + "[]";
    String snippet =
        source.substring(
            source.indexOf(open) + open.length(), source.indexOf("// end::" + tag + "[]"));
    List<String> lines = snippet.strip().lines().toList();
    int indent =
        snippet
            .lines()
            .filter(l -> !l.isBlank())
            .mapToInt(EmbeddedScoringTest::indent)
            .min()
            .orElse(0);
    String block =
        String.join(
            "\n", snippet.lines().filter(l -> !l.isBlank()).map(l -> l.substring(indent)).toList());
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertTrue(!lines.isEmpty() && readme.contains(block), "README.md must quote:\n" + block);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static double mean(List<Customer> customers, List<ChurnScore> scores, boolean churned) {
    return IntStream.range(0, customers.size())
        .filter(i -> customers.get(i).churned() == churned)
        .mapToDouble(i -> scores.get(i).probability())
        .average()
        .orElseThrow();
  }
}

package io.retention.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.testing.RunSummaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's input: a whole run, or a summary whose missing sections each say who makes them. */
class ReportInputTest {
  @TempDir Path dir;

  private final ReportWriter writer = new ReportWriter();

  @Test
  void aWholeRunLacksNothingAndRendersAsItsSummaryDoes() {
    ReportInput input = ReportInput.of(RunSummaries.sample());
    assertTrue(input.missing().isEmpty());
    assertTrue(ReportWriter.SECTIONS.stream().allMatch(input::has));
    assertEquals(writer.render(RunSummaries.sample()), writer.render(input));
  }

  @Test
  void aMissingSectionKeepsItsPlaceAndShowsOnlyItsLine() {
    ReportInput input =
        new ReportInput(
            RunSummaries.sample(),
            Map.of(
                "stages", "No stage timings: retention demo times them.",
                "model-quality", "No hold-out: retention demo keeps one."),
            "built from the step commands' files in out");
    assertEquals(List.of("model-quality", "stages"), List.copyOf(input.missing().keySet()));
    String html = writer.render(input);
    int quality = html.indexOf("<section id=\"model-quality\"");
    String section = html.substring(quality, html.indexOf("</section>", quality));
    assertTrue(section.contains("<p class=\"empty\">No hold-out: retention demo keeps one.</p>"));
    assertFalse(section.contains("<svg"), "no chart for a missing section");
    assertTrue(html.indexOf("<section id=\"rfm\"") < quality);
    assertTrue(html.contains("· built from the step commands"), "the header says how it was made");
    assertFalse(html.contains(" · seed "), "a rebuilt summary claims no run seed");
    int overview = html.indexOf("<section id=\"overview\"");
    String headline = html.substring(overview, html.indexOf("</section>", overview));
    assertFalse(headline.contains("Hold-out ROC-AUC"), "no hold-out card without a hold-out");
    assertTrue(headline.contains("Chosen model"));
  }

  @Test
  void theHeadlineAndAnUnknownSectionCannotBeMissing() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportInput(RunSummaries.sample(), Map.of(ReportWriter.OVERVIEW, "x"), ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportInput(RunSummaries.sample(), Map.of("nowhere", "x"), ""));
  }

  @Test
  void theReportIsWrittenToTheFileNamed() throws Exception {
    Path file = dir.resolve("sub/the-report.html");
    Path written = writer.writeFile(ReportInput.of(RunSummaries.sample()), file);
    assertEquals(file.toAbsolutePath(), written);
    assertEquals(writer.render(RunSummaries.sample()), Files.readString(file));
  }
}

package io.retention.examples.report;

import io.retention.core.analysis.RunSummary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ReportWriter} renders: a run's summary, and the sections it has no data for. A whole
 * run ({@code retention demo}, the library's {@code RetentionAnalysis}) has every section; a
 * results folder written by the step commands has those of the steps that ran, and each other
 * section is left out with one line saying which command produces it.
 *
 * @param summary the summary; the parts of missing sections are empty or not measured
 * @param missing for each section without data (a {@link ReportWriter#SECTIONS} id other than
 *     {@code overview}), the line shown instead, naming the command that produces it; in page order
 * @param origin how the summary was made, shown under the title instead of the run's time and seed;
 *     empty for a whole run
 */
public record ReportInput(RunSummary summary, Map<String, String> missing, String origin) {

  /** Checks the section ids and copies the map in page order. */
  public ReportInput {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(origin, "origin");
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String id : missing.keySet()) {
      if (!ReportWriter.SECTIONS.contains(id) || id.equals(ReportWriter.OVERVIEW)) {
        throw new IllegalArgumentException(
            "no section '" + id + "' can be missing; sections are " + ReportWriter.SECTIONS);
      }
    }
    for (String id : ReportWriter.SECTIONS) {
      if (missing.containsKey(id)) {
        ordered.put(id, Objects.requireNonNull(missing.get(id), id));
      }
    }
    missing = Collections.unmodifiableMap(ordered);
  }

  /**
   * The input of a whole run: every section, the run's time and seed in the header.
   *
   * @param summary the run's summary
   * @return the input
   */
  public static ReportInput of(RunSummary summary) {
    return new ReportInput(summary, Map.of(), "");
  }

  /**
   * Whether a section has data.
   *
   * @param section a {@link ReportWriter#SECTIONS} id
   * @return true unless it is missing
   */
  public boolean has(String section) {
    return !missing.containsKey(section);
  }
}

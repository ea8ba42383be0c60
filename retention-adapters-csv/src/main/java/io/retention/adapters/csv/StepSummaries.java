package io.retention.adapters.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.application.ModelSelectionReport;
import io.retention.core.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The summaries the step commands write beside their per-customer files, read back as the parts of
 * a {@link RunSummary} a whole run would have recorded: {@value #SEGMENTATION} (written by {@code
 * retention segment}, the JSON of {@link RunSummary.SegmentationSummary} with the mapper of {@code
 * metrics.json}) and {@value #MODEL_SELECTION} (written by {@code retention train}, {@link
 * ModelSelectionReport#toJson()}). Every problem names the file.
 */
public final class StepSummaries {
  /** The segmentation summary of {@code retention segment}: the k scan, sizes, churn, profiles. */
  public static final String SEGMENTATION = "segmentation.json";

  /** The cross-validation report of {@code retention train}. */
  public static final String MODEL_SELECTION = "model-selection.json";

  private StepSummaries() {}

  /**
   * Writes a segmentation summary, atomically.
   *
   * @param file the target
   * @param summary the summary
   * @throws RetentionIoException when the file cannot be written
   */
  public static void writeSegmentation(Path file, RunSummary.SegmentationSummary summary) {
    try {
      AtomicFiles.writeString(file, RunFolder.jsonMapper().writeValueAsString(summary) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a segmentation summary is always writable", e);
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", file, e);
    }
  }

  /**
   * Reads a segmentation summary written by {@link #writeSegmentation}.
   *
   * @param file the file
   * @return the summary
   * @throws RetentionException when the file is missing or is not a segmentation summary
   */
  public static RunSummary.SegmentationSummary readSegmentation(Path file) {
    String text = read(file);
    try {
      return RunFolder.jsonMapper().readValue(text, RunSummary.SegmentationSummary.class);
    } catch (JsonProcessingException e) {
      throw new RetentionException(
          file + " is not a segmentation summary: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a model-selection report as the model part of a run summary: the candidates with their
   * fold scores, the chosen one, the calibration decision and the threshold.
   *
   * @param file the {@value #MODEL_SELECTION} of {@code retention train}
   * @param features the number of model features, 0 when not known
   * @return the summary
   * @throws RetentionException when the file is missing or is not a model-selection report
   */
  public static RunSummary.ModelSummary readModelSelection(Path file, int features) {
    String text = read(file);
    JsonNode root;
    try {
      root = RunFolder.jsonMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new RetentionException(
          file + " is not a model-selection report: " + e.getOriginalMessage(), e);
    }
    List<RunSummary.Candidate> candidates = new ArrayList<>();
    int folds = 0;
    for (JsonNode c : root.path("candidates")) {
      List<Double> pr = new ArrayList<>();
      List<Double> roc = new ArrayList<>();
      for (JsonNode f : c.path("folds")) {
        pr.add(number(f, "prAuc"));
        roc.add(number(f, "rocAuc"));
      }
      folds = Math.max(folds, pr.size());
      candidates.add(
          new RunSummary.Candidate(
              text(c, "name", file), pr, roc, number(c, "meanPrAuc"), number(c, "meanRocAuc")));
    }
    if (candidates.isEmpty()) {
      throw new RetentionException(file + " is not a model-selection report: no candidates");
    }
    return new RunSummary.ModelSummary(
        text(root, "chosen", file),
        ModelSelectionReport.SELECTION_METRIC,
        folds,
        candidates,
        text(root, "calibration", file),
        number(root, "threshold"),
        text(root, "thresholdPolicy", file),
        features);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new RetentionIoException(file + " does not exist", file, e);
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
  }

  private static String text(JsonNode node, String field, Path file) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new RetentionException(
          file + " is not a model-selection report: no text field '" + field + "'");
    }
    return v.asText();
  }

  /** A number, NaN where the report wrote null (a score it could not measure). */
  private static double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }
}

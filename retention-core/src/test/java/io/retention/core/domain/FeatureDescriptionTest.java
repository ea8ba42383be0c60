package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureDescriptionTest {

  @Test
  void keepsItsFields() {
    FeatureDescription d =
        new FeatureDescription(
            "fee_per_hour", List.of("monthly_fee", "watch_hours"), "fee / hours", "median 0.4");

    assertEquals("fee_per_hour", d.name());
    assertEquals(List.of("monthly_fee", "watch_hours"), d.sources());
    assertEquals("fee / hours", d.formula());
    assertEquals("median 0.4", d.fitted());
  }

  @Test
  void anEmptyFittedTextMeansNothingWasLearned() {
    assertEquals("", new FeatureDescription("age", List.of("age"), "age", "").fitted());
  }

  @Test
  void copiesTheSources() {
    List<String> sources = new ArrayList<>(List.of("age"));
    FeatureDescription d = new FeatureDescription("age", sources, "age", "");

    sources.add("tenure");

    assertEquals(List.of("age"), d.sources());
    assertThrows(UnsupportedOperationException.class, () -> d.sources().add("x"));
  }

  @Test
  void rejectsBlankNameOrFormulaAndMissingFittedText() {
    List<String> sources = List.of("age");
    assertThrows(
        IllegalArgumentException.class, () -> new FeatureDescription(" ", sources, "age", ""));
    assertThrows(
        IllegalArgumentException.class, () -> new FeatureDescription("age", sources, "", ""));
    assertThrows(
        NullPointerException.class, () -> new FeatureDescription("age", sources, "age", null));
    assertThrows(NullPointerException.class, () -> new FeatureDescription("age", null, "age", ""));
  }
}

package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeGroupingTest {
  static final FeatureSchema SCHEMA =
      FeatureSchema.of(
          "last_login_days",
          "last_login_days_missing",
          "plan=Basic",
          "plan=Standard",
          "plan=Premium",
          "fee_per_profile");

  static final List<FeatureDescription> DESCRIPTIONS =
      List.of(
          new FeatureDescription("plan=Premium", List.of("plan"), "1 if Premium", ""),
          new FeatureDescription("last_login_days", List.of("last_login_days"), "value", ""),
          new FeatureDescription("last_login_days_missing", List.of("last_login_days"), "1", ""),
          new FeatureDescription("plan=Basic", List.of("plan"), "1 if Basic", ""),
          new FeatureDescription("plan=Standard", List.of("plan"), "1 if Standard", ""),
          new FeatureDescription(
              "fee_per_profile", List.of("monthly_fee", "profiles"), "fee / profiles", ""));

  static Explanation explanation(double... valuesThenContributions) {
    List<Contribution> cs =
        java.util.stream.IntStream.range(0, SCHEMA.size())
            .mapToObj(
                i ->
                    new Contribution(
                        SCHEMA.names().get(i),
                        valuesThenContributions[i],
                        valuesThenContributions[SCHEMA.size() + i]))
            .toList();
    double sum = cs.stream().mapToDouble(Contribution::contribution).sum();
    return new Explanation(0.3, cs, 0.3 + sum);
  }

  @Test
  void sumsOneHotColumnsIntoTheirAttributeAndNamesTheCustomersLevel() {
    AttributeGrouping grouping = AttributeGrouping.of(SCHEMA, DESCRIPTIONS);
    Explanation e = explanation(45, 0, 1, 0, 0, 3.5, 0.12, 0.0, 0.2, -0.03, -0.02, 0.01);

    List<AttributeContribution> groups = grouping.group(e);

    assertEquals(List.of("last_login_days", "plan", "fee_per_profile"), grouping.attributes());
    assertEquals(
        new AttributeContribution(
            "last_login_days", "45", 0.12, List.of("last_login_days", "last_login_days_missing")),
        groups.get(0));
    assertEquals("plan", groups.get(1).attribute());
    assertEquals("Basic", groups.get(1).value());
    assertEquals(0.2 - 0.03 - 0.02, groups.get(1).contribution(), 1e-15);
    assertEquals("fee_per_profile", groups.get(2).attribute());
    assertEquals("3.5", groups.get(2).value());
  }

  @Test
  void groupedContributionsStillAddUpToThePrediction() {
    AttributeGrouping grouping = AttributeGrouping.of(SCHEMA, DESCRIPTIONS);
    Explanation e = explanation(45, 0, 0, 1, 0, 3.5, 0.12, 0.01, 0.2, -0.03, -0.02, 0.01);

    double sum = e.baseValue();
    for (AttributeContribution a : grouping.group(e)) {
      sum += a.contribution();
    }

    assertEquals(e.prediction(), sum, 1e-15);
  }

  @Test
  void saysMissingWhenTheIndicatorIsSetAndOtherWhenNoLevelIs() {
    AttributeGrouping grouping = AttributeGrouping.of(SCHEMA, DESCRIPTIONS);
    Explanation e = explanation(12, 1, 0, 0, 0, 2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);

    List<AttributeContribution> groups = grouping.group(e);

    assertEquals(AttributeGrouping.MISSING, groups.get(0).value());
    assertEquals(AttributeGrouping.OTHER_LEVEL, groups.get(1).value());
  }

  @Test
  void identityKeepsEveryFeatureApart() {
    AttributeGrouping grouping = AttributeGrouping.identity(SCHEMA);
    Explanation e = explanation(45, 0, 1, 0, 0, 3.25, 0.12, 0.0, 0.2, -0.03, -0.02, 0.01);

    List<AttributeContribution> groups = grouping.group(e);

    assertEquals(SCHEMA.names(), grouping.attributes());
    assertEquals("1", groups.get(2).value());
    assertEquals("3.25", groups.get(5).value());
  }

  @Test
  void rejectsAFeatureWithoutDescriptionOrAnExplanationOfOtherFeatures() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributeGrouping.of(SCHEMA, DESCRIPTIONS.subList(0, 3)));
    AttributeGrouping grouping = AttributeGrouping.of(SCHEMA, DESCRIPTIONS);
    assertThrows(
        IllegalArgumentException.class,
        () -> grouping.group(new Explanation(0, List.of(new Contribution("x", 1, 1)), 1)));
    List<Contribution> renamed =
        SCHEMA.names().stream().map(n -> new Contribution(n + "_", 0, 0)).toList();
    assertThrows(
        IllegalArgumentException.class, () -> grouping.group(new Explanation(0, renamed, 0)));
  }

  @Test
  void anAttributeContributionNeedsAFeatureAndAFiniteContribution() {
    assertThrows(
        IllegalArgumentException.class, () -> new AttributeContribution("a", "1", 0.1, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AttributeContribution("a", "1", Double.NaN, List.of("a")));
  }
}

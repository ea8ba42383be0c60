package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentNamerTest {
  /** Fee, watch hours, days since the last login. */
  private static final List<String> BEHAVIOUR =
      List.of("monthly_fee", "watch_hours", "last_login_days");

  private static final SegmentFeatureRoles BEHAVIOUR_ROLES =
      new SegmentFeatureRoles(
          List.of("monthly_fee"),
          List.of("watch_hours"),
          List.of("last_login_days"),
          List.of(),
          List.of());

  /** Monthly charges and tenure, as on the Telco table: no engagement feature. */
  private static final List<String> CHARGES = List.of("MonthlyCharges", "tenure");

  private static final SegmentFeatureRoles CHARGES_ROLES =
      new SegmentFeatureRoles(
          List.of("MonthlyCharges"), List.of(), List.of(), List.of("tenure"), List.of());

  private static final int SIZE = 6;
  private static final int NO_LABELS = -1;

  private static List<SegmentNaming> describe(
      SegmentFeatureRoles roles, List<String> features, double[][] groups, int... churned) {
    return describe(SegmentNamingConfig.DEFAULTS, roles, features, groups, churned);
  }

  private static List<SegmentNaming> describe(
      SegmentNamingConfig config,
      SegmentFeatureRoles roles,
      List<String> features,
      double[][] groups,
      int... churned) {
    FeatureMatrix rows = SegmentFixtures.table(features, groups, SIZE, churned);
    List<Segment> segments = new ArrayList<>();
    for (int g = 0; g < groups.length; g++) {
      segments.add(new Segment(g, "Segment " + (g + 1)));
    }
    List<SegmentProfile> profiles =
        new SegmentProfiler(roles, 0)
            .profile(rows, SegmentFixtures.groupsOf(groups.length, SIZE), segments, Map.of());
    return new SegmentNamer(config, roles).describe(rows, profiles);
  }

  private static List<String> names(List<SegmentNaming> namings) {
    return namings.stream().map(n -> n.segment().name()).toList();
  }

  @Test
  void namesSayHowSpendActivityAndChurnCompareWithThePopulation() {
    List<SegmentNaming> namings =
        describe(
            BEHAVIOUR_ROLES,
            BEHAVIOUR,
            new double[][] {{18, 60, 2}, {18, 5, 40}, {9, 60, 2}, {9, 5, 40}},
            0,
            5,
            1,
            4);

    assertEquals(
        List.of(
            "Loyal Engaged High-Value",
            "Low-Engagement High-Value At-Risk",
            "Loyal Engaged Low-Spend",
            "Low-Engagement Low-Spend At-Risk"),
        names(namings));
  }

  @Test
  void theRuleStatesTheNumbersBehindEveryWord() {
    List<SegmentNaming> namings =
        describe(
            BEHAVIOUR_ROLES,
            BEHAVIOUR,
            new double[][] {{18, 60, 2}, {18, 5, 40}, {9, 60, 2}, {9, 5, 40}},
            0,
            5,
            1,
            4);

    assertEquals(
        "High-Value: monthly_fee 18.0 vs 13.5 overall (+33%); Engaged: activity +88% from"
            + " watch_hours 60.0 vs 32.5 overall (+85%), last_login_days 2.00 vs 21.0 overall"
            + " (-90%, more is less active); Loyal: churn 0.0% vs 41.7% overall",
        namings.get(0).rule());
    assertTrue(
        namings.get(1).rule().endsWith("; At-Risk: churn 83.3% vs 41.7% overall"),
        namings.get(1).rule());
  }

  @Test
  void aHighSpendingSegmentThatChurnsMoreThanThePopulationIsAtRiskAndNeverLoyal() {
    // The Telco shape: spend and tenure, no engagement; high charges and short tenure churn most.
    List<SegmentNaming> namings =
        describe(
            CHARGES_ROLES,
            CHARGES,
            new double[][] {{81, 15}, {93, 59}, {32, 10}, {34, 54}},
            3,
            1,
            1,
            0);

    assertEquals("High-Value At-Risk", names(namings).get(0));
    assertEquals("Loyal High-Value", names(namings).get(1));
    assertEquals(
        "High-Value: MonthlyCharges 81.0 vs 60.0 overall (+35%); At-Risk: churn 50.0% vs 20.8%"
            + " overall",
        namings.get(0).rule());
  }

  @Test
  void namesakesAreToldApartByHowTheyDifferNotByNumbers() {
    List<SegmentNaming> namings =
        describe(
            CHARGES_ROLES,
            CHARGES,
            new double[][] {{81, 15}, {93, 59}, {32, 10}, {34, 54}},
            3,
            1,
            1,
            0);

    // Both low-spend segments churn less than the population; tenure is what sets them apart.
    assertEquals("Loyal Low-Spend, newest", names(namings).get(2));
    assertEquals("Loyal Low-Spend, longest tenure", names(namings).get(3));
    assertTrue(
        namings
            .get(3)
            .rule()
            .endsWith(
                "; longest tenure of the 2 'Loyal Low-Spend' segments: tenure 54.0 vs tenure 10.0"),
        namings.get(3).rule());
  }

  @Test
  void namesakesWithNoExtremeOfTheirOwnAreRanked() {
    // Spend only, no labels: three high spenders, the middle one neither highest nor lowest.
    SegmentFeatureRoles spendOnly =
        new SegmentFeatureRoles(List.of("fee"), List.of(), List.of(), List.of(), List.of());
    List<SegmentNaming> namings =
        describe(
            spendOnly,
            List.of("fee"),
            new double[][] {{21}, {22}, {20}, {5}},
            NO_LABELS,
            NO_LABELS,
            NO_LABELS,
            NO_LABELS);

    assertEquals(
        List.of(
            "High-Value, 2nd-highest spend",
            "High-Value, highest spend",
            "High-Value, 3rd-highest spend",
            "Low-Spend"),
        names(namings));
    assertTrue(namings.get(0).rule().endsWith("(fee 22.0, fee 21.0, fee 20.0)"));
  }

  @Test
  void differencesWithinTheMarginsEarnNoWord() {
    // Fees 2% apart, churn 10% against 9%: neither a value word nor a risk word.
    List<SegmentNaming> namings =
        describe(BEHAVIOUR_ROLES, BEHAVIOUR, new double[][] {{10.1, 60, 2}, {9.9, 5, 40}}, 3, 3);

    assertEquals(List.of("Engaged Customers", "Low-Engagement Customers"), names(namings));
    assertTrue(
        namings.get(0).rule().startsWith("spend about average: monthly_fee 10.1 vs 10.0 overall"),
        namings.get(0).rule());
    assertTrue(
        namings
            .get(0)
            .rule()
            .endsWith("churn about average: churn 50.0% vs 50.0% overall, within ±5%"),
        namings.get(0).rule());
  }

  @Test
  void widerMarginsAskForLargerDifferences() {
    SegmentNamingConfig wide =
        new SegmentNamingConfig(
            "Loyal",
            "At-Risk",
            "High-Value",
            "Low-Spend",
            "Engaged",
            "Low-Engagement",
            "Customers",
            0.5,
            0.05,
            0.05);
    List<SegmentNaming> namings =
        describe(wide, BEHAVIOUR_ROLES, BEHAVIOUR, new double[][] {{18, 60, 2}, {9, 5, 40}}, 0, 4);

    assertEquals(
        List.of("Loyal Engaged Customers", "Low-Engagement Customers At-Risk"), names(namings));
  }

  @Test
  void withoutLabelsLowActivityIsAtRiskAndNoSegmentIsLoyal() {
    List<SegmentNaming> namings =
        describe(
            BEHAVIOUR_ROLES,
            BEHAVIOUR,
            new double[][] {{18, 60, 2}, {18, 5, 40}},
            NO_LABELS,
            NO_LABELS);

    assertEquals(List.of("Engaged Customers", "Low-Engagement Customers At-Risk"), names(namings));
    assertTrue(namings.get(0).rule().endsWith("no churn labels"));
    assertTrue(
        namings
            .get(1)
            .rule()
            .endsWith("At-Risk: no churn labels, and activity below the population's"));
  }

  @Test
  void theWordsComeFromTheConfig() {
    SegmentNamingConfig german =
        new SegmentNamingConfig(
            "Treue",
            "Gefährdete",
            "Wertvolle",
            "Sparsame",
            "Aktive",
            "Passive",
            "Kunden",
            0.05,
            0.05,
            0.05);
    List<SegmentNaming> namings =
        describe(
            german, BEHAVIOUR_ROLES, BEHAVIOUR, new double[][] {{18, 60, 2}, {9, 5, 40}}, 0, 4);

    assertEquals(List.of("Treue Aktive Wertvolle", "Passive Sparsame Gefährdete"), names(namings));
    assertTrue(namings.get(0).rule().startsWith("Wertvolle: monthly_fee"));
  }

  @Test
  void withoutRoleFeaturesOnlyChurnSpeaksAndNamesStayDistinct() {
    SegmentFeatureRoles blind =
        new SegmentFeatureRoles(List.of(), List.of(), List.of(), List.of(), List.of());
    List<SegmentNaming> namings =
        describe(blind, BEHAVIOUR, new double[][] {{18, 60, 2}, {18, 5, 40}, {9, 60, 2}}, 0, 6, 1);

    List<String> names = names(namings);
    assertEquals(3, new HashSet<>(names).size());
    assertEquals("Customers At-Risk", names.get(1));
    assertEquals("Loyal Customers, lowest churn", names.get(0));
    assertEquals("Loyal Customers, highest churn", names.get(2));
    assertTrue(namings.get(0).rule().startsWith("no spend feature; Loyal: churn 0.0%"));
  }

  @Test
  void nameReturnsTheSegmentsOfDescribe() {
    FeatureMatrix rows =
        SegmentFixtures.table(
            BEHAVIOUR, new double[][] {{18, 60, 2}, {9, 5, 40}}, SIZE, new int[] {0, 4});
    List<SegmentProfile> profiles =
        new SegmentProfiler(BEHAVIOUR_ROLES, 0)
            .profile(
                rows,
                SegmentFixtures.groupsOf(2, SIZE),
                List.of(new Segment(0, "a"), new Segment(1, "b")),
                Map.of());
    SegmentNamer namer = new SegmentNamer(SegmentNamingConfig.DEFAULTS, BEHAVIOUR_ROLES);

    List<Segment> named = namer.name(rows, profiles);
    assertEquals(
        namer.describe(rows, profiles).stream().map(SegmentNaming::segment).toList(), named);
    assertEquals(List.of(0, 1), named.stream().map(Segment::index).toList());
    assertFalse(named.get(0).name().contains("("), "no numbered qualifiers");
  }
}

package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.FeaturePipelineContract;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.FeaturePipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviouralFeaturesTest extends FeaturePipelineContract {

  private static final List<Customer> CUSTOMERS = TestCustomersSchemas.netflixLike(400);

  @Override
  protected FeaturePipeline createPipeline() {
    return new BehaviouralFeatures(TestCustomersSchemas.NETFLIX_LIKE, BehaviouralConfig.DEFAULTS);
  }

  @Override
  protected List<Customer> customers() {
    return CUSTOMERS;
  }

  private FittedBehaviouralFeatures fitted() {
    return new BehaviouralFeatures(TestCustomersSchemas.NETFLIX_LIKE, BehaviouralConfig.DEFAULTS)
        .fit(CUSTOMERS);
  }

  private static Customer customer(
      double hours, double daily, double login, double fee, double profiles) {
    return Customer.builder("t")
        .numeric("watch_hours", hours)
        .numeric("avg_watch", daily)
        .numeric("last_login", login)
        .numeric("fee", fee)
        .numeric("profiles", profiles)
        .build();
  }

  @Test
  void aFullNetflixLayoutGetsEveryBehaviouralFeature() {
    assertEquals(
        List.of(
            "engagement_score",
            "watch_intensity",
            "binge_index",
            "inactivity_score",
            "value_score",
            "price_per_profile"),
        fitted().schema().names());
  }

  @Test
  void engagementRisesWithUseAndFallsWithDaysSinceLogin() {
    FittedBehaviouralFeatures f = fitted();
    double heavy = f.transform(customer(80, 3, 1, 8.99, 1)).get("engagement_score");
    double light = f.transform(customer(2, 0.1, 55, 8.99, 1)).get("engagement_score");
    assertTrue(heavy > 0.9, "heavy " + heavy);
    assertTrue(light < 0.1, "light " + light);
  }

  @Test
  void formulasGiveTheDocumentedValues() {
    FittedBehaviouralFeatures f = fitted();
    FeatureVector v = f.transform(customer(30, 2, 10, 12.0, 3));
    assertEquals(2.0 / (2.0 + 1.0), v.get("binge_index"), 1e-12, "d / (d + u / 30)");
    assertEquals(30.0 / 12.0, v.get("value_score"), 1e-12, "usage / spend");
    assertEquals(4.0, v.get("price_per_profile"), 1e-12, "spend / profiles");
    assertEquals(0.0, f.transform(customer(0, 0, 10, 12.0, 3)).get("binge_index"), 0.0);
  }

  @Test
  void flagsMarkTheDisengagedTheInactiveAndThePriceSensitive() {
    FittedBehaviouralFeatures f = fitted();
    BehaviouralFlags idle = f.flags(customer(1, 0.05, 59, 17.99, 1));
    assertTrue(idle.lowEngagement());
    assertTrue(idle.highInactivity());
    assertTrue(idle.priceSensitive(), "dear per profile and barely used");
    BehaviouralFlags busy = f.flags(customer(90, 4, 0, 8.99, 5));
    assertFalse(busy.lowEngagement());
    assertFalse(busy.highInactivity());
    assertFalse(busy.priceSensitive());
  }

  @Test
  void aboutTheConfiguredShareOfTrainingCustomersIsFlagged() {
    FittedBehaviouralFeatures f = fitted();
    long low = CUSTOMERS.stream().filter(c -> f.flags(c).lowEngagement()).count();
    assertEquals(0.2, low / (double) CUSTOMERS.size(), 0.03);
  }

  @Test
  void aTableWithOnlyRecencyGetsTheSubsetThatApplies() {
    CustomerSchema recencyOnly =
        new CustomerSchema(
            "r", List.of("last_login"), List.of(), Map.of(AttributeRole.RECENCY, "last_login"));
    assertEquals(
        List.of("engagement_score", "inactivity_score"),
        new BehaviouralFeatures(recencyOnly, BehaviouralConfig.DEFAULTS)
            .fit(CUSTOMERS)
            .schema()
            .names());
  }

  @Test
  void aTableWithNoBehaviouralRoleIsRejected() {
    CustomerSchema none =
        new CustomerSchema("x", List.of("fee"), List.of(), Map.of(AttributeRole.SPEND, "fee"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BehaviouralFeatures(none, BehaviouralConfig.DEFAULTS));
  }

  @Test
  void theReportNamesFormulasAndFittedCuts() {
    FittedBehaviouralFeatures f = fitted();
    assertTrue(f.describe().get(0).formula().contains("F(watch_hours)"));
    assertTrue(f.fitNotes().get(0).contains("low engagement at engagement_score <="));
  }

  @Test
  void percentilesMustBeWholePercents() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new BehaviouralConfig(
                0.205, 0.8, 0.2, TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new BehaviouralConfig(
                0.2, 1.0, 0.2, TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN));
  }
}

package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.contract.FeaturePipelineContract;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.RfmScore;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.testing.TestCustomers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RfmFeaturesTest extends FeaturePipelineContract {

  static final CustomerSchema SCHEMA =
      new CustomerSchema(
          "rfm",
          List.of("days", "orders", "fee"),
          List.of(),
          Map.of(
              AttributeRole.RECENCY, "days",
              AttributeRole.FREQUENCY, "orders",
              AttributeRole.SPEND, "fee"));

  private static final List<Customer> CUSTOMERS = population(200, 4);

  /** Customers whose fee takes only three values, as in the Netflix churn table. */
  static List<Customer> population(int n, long seed) {
    Random r = new Random(seed);
    double[] fees = {8.99, 13.99, 17.99};
    List<Customer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          Customer.builder("c" + i)
              .numeric("days", r.nextInt(60))
              .numeric("orders", r.nextInt(20))
              .numeric("fee", fees[r.nextInt(3)])
              .churned(r.nextBoolean())
              .build());
    }
    return out;
  }

  @Override
  protected FeaturePipeline createPipeline() {
    return new RfmFeatures(SCHEMA, RfmConfig.DEFAULTS);
  }

  @Override
  protected List<Customer> customers() {
    return CUSTOMERS;
  }

  private static Customer customer(double days, double orders, double fee) {
    return Customer.builder("x")
        .numeric("days", days)
        .numeric("orders", orders)
        .numeric("fee", fee)
        .build();
  }

  @Test
  void recentFrequentBigSpendersScoreFiveAndTheOppositeScoresOne() {
    FittedRfm rfm = new RfmFeatures(SCHEMA, RfmConfig.DEFAULTS).fit(CUSTOMERS);
    RfmScore best = rfm.score(customer(0, 100, 17.99));
    RfmScore worst = rfm.score(customer(1000, 0, 8.99));
    assertEquals(5, best.recency());
    assertEquals(5, best.frequency());
    assertEquals("Champions", best.label());
    assertEquals(1, worst.recency());
    assertEquals(1, worst.frequency());
    assertEquals(1, worst.monetary());
    assertEquals("Hibernating", worst.label());
  }

  @Test
  void equalValuesGetEqualScoresSoThreeFeesGiveThreeMonetaryScores() {
    FittedRfm rfm = new RfmFeatures(SCHEMA, RfmConfig.DEFAULTS).fit(CUSTOMERS);
    List<Integer> monetary = new ArrayList<>();
    for (double fee : new double[] {8.99, 13.99, 17.99}) {
      monetary.add(rfm.score(customer(10, 5, fee)).monetary());
    }
    assertEquals(3, monetary.stream().distinct().count(), monetary.toString());
    assertTrue(monetary.get(0) < monetary.get(1) && monetary.get(1) < monetary.get(2));
  }

  @Test
  void shufflingTheTrainingCustomersChangesNoCustomersScores() {
    List<Customer> shuffled = new ArrayList<>(CUSTOMERS);
    Collections.shuffle(shuffled, new Random(99));
    FittedRfm a = new RfmFeatures(SCHEMA, RfmConfig.DEFAULTS).fit(CUSTOMERS);
    FittedRfm b = new RfmFeatures(SCHEMA, RfmConfig.DEFAULTS).fit(shuffled);
    for (Customer c : CUSTOMERS) {
      assertEquals(a.score(c), b.score(c), c.id().value());
    }
  }

  @Test
  void totalAndCodeFollowTheScores() {
    FittedRfm rfm = new RfmFeatures(SCHEMA, RfmConfig.DEFAULTS).fit(CUSTOMERS);
    Customer c = CUSTOMERS.get(0);
    RfmScore s = rfm.score(c);
    assertEquals(s.total(), rfm.transform(c).get("rfm_total"), 0.0);
    assertEquals(s.recency(), rfm.transform(c).get("rfm_recency"), 0.0);
  }

  @Test
  void rulesAreTriedInOrderAndTheFallbackCatchesTheRest() {
    RfmConfig config =
        new RfmConfig(
            List.of(
                new RfmRule("Top", 5, 5, 1, 5, 1, 5), new RfmRule("Also top", 5, 5, 1, 5, 1, 5)),
            "Other",
            TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN);
    assertEquals("Top", config.labelOf(5, 1, 1));
    assertEquals("Other", config.labelOf(4, 1, 1));
  }

  @Test
  void usageStandsInForFrequencyWhenTheTableHasNone() {
    FittedRfm rfm =
        new RfmFeatures(TestCustomersSchemas.NETFLIX_LIKE, RfmConfig.DEFAULTS)
            .fit(TestCustomersSchemas.netflixLike(100));
    assertEquals(
        List.of("watch_hours"), rfm.describe().get(1).sources(), rfm.describe().toString());
  }

  @Test
  void aSchemaWithoutTheRolesIsRejectedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RfmFeatures(TestCustomers.SMALL_SCHEMA, RfmConfig.DEFAULTS));
    assertTrue(e.getMessage().contains("FREQUENCY or USAGE"), e.getMessage());
  }

  @Test
  void aMissingValueIsImputedOrRefusedAsConfigured() {
    Customer noDays = Customer.builder("n").numeric("orders", 3).numeric("fee", 8.99).build();
    FittedRfm imputing = new RfmFeatures(SCHEMA, RfmConfig.DEFAULTS).fit(CUSTOMERS);
    assertEquals(imputing.score(customer(medianDays(), 3, 8.99)), imputing.score(noDays));
    RfmConfig rejecting =
        new RfmConfig(
            RfmConfig.DEFAULTS.rules(), "Regular", TabularFeatureConfig.MissingNumbers.REJECT);
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> new RfmFeatures(SCHEMA, rejecting).fit(CUSTOMERS).score(noDays));
    assertTrue(e.getMessage().contains("customer n") && e.getMessage().contains("'days'"));
  }

  @Test
  void badRulesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RfmRule("x", 0, 5, 1, 5, 1, 5));
    assertThrows(IllegalArgumentException.class, () -> new RfmRule("x", 3, 2, 1, 5, 1, 5));
    assertThrows(IllegalArgumentException.class, () -> new RfmRule(" ", 1, 5, 1, 5, 1, 5));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RfmConfig(List.of(), " ", TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN));
  }

  private static double medianDays() {
    double[] days =
        CUSTOMERS.stream().mapToDouble(c -> c.numericValue("days").orElseThrow()).toArray();
    java.util.Arrays.sort(days);
    return Quantiles.quantileOfSorted(days, 0.5);
  }
}

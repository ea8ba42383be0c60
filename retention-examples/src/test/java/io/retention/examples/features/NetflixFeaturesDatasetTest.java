package io.retention.examples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.RfmScore;
import io.retention.core.testing.SharedDatasets;
import io.retention.features.BehaviouralConfig;
import io.retention.features.BehaviouralFeatures;
import io.retention.features.FittedBehaviouralFeatures;
import io.retention.features.FittedRfm;
import io.retention.features.RfmConfig;
import io.retention.features.RfmFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** RFM and behavioural features on the real Netflix churn table. */
@Tag("dataset")
class NetflixFeaturesDatasetTest {

  private static List<Customer> netflix() {
    try (Stream<Customer> s =
        new CsvCustomerSource(
                SharedDatasets.require("netflix_customer_churn/netflix_customer_churn.csv"),
                CustomerCsvMapping.NETFLIX)
            .customers()) {
      return s.toList();
    }
  }

  @Test
  void shufflingTheFileChangesNoCustomersRfmScoresThoughSpendHasThreeValues() {
    List<Customer> customers = netflix();
    List<Customer> shuffled = new ArrayList<>(customers);
    Collections.shuffle(shuffled, new Random(2024));
    FittedRfm a = new RfmFeatures(CustomerSchema.NETFLIX, RfmConfig.DEFAULTS).fit(customers);
    FittedRfm b = new RfmFeatures(CustomerSchema.NETFLIX, RfmConfig.DEFAULTS).fit(shuffled);
    for (Customer c : customers) {
      assertEquals(a.score(c), b.score(c), c.id().value());
    }
    Set<Integer> monetary =
        customers.stream().map(a::score).map(RfmScore::monetary).collect(Collectors.toSet());
    assertEquals(3, monetary.size(), "one monetary score per fee: " + monetary);
  }

  @Test
  void customersFlaggedLowEngagementChurnFarMoreOften() {
    List<Customer> customers = netflix();
    FittedBehaviouralFeatures f =
        new BehaviouralFeatures(CustomerSchema.NETFLIX, BehaviouralConfig.DEFAULTS).fit(customers);
    double flagged = churnRate(customers.stream().filter(c -> f.flags(c).lowEngagement()).toList());
    double others = churnRate(customers.stream().filter(c -> !f.flags(c).lowEngagement()).toList());
    assertTrue(flagged > others + 0.3, flagged + " vs " + others);
  }

  private static double churnRate(List<Customer> group) {
    return group.stream().filter(Customer::churned).count() / (double) group.size();
  }
}

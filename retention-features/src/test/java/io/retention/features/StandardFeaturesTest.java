package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.testing.TestCustomers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardFeaturesTest {

  @Test
  void aNetflixLikeTableGetsTabularBehaviouralAndRfmFeatures() {
    List<String> names =
        StandardFeatures.forSchema(TestCustomersSchemas.NETFLIX_LIKE, TabularFeatureConfig.DEFAULTS)
            .fit(TestCustomersSchemas.netflixLike(100))
            .schema()
            .names();
    assertTrue(names.contains("watch_hours"));
    assertTrue(names.contains("engagement_score"));
    assertTrue(names.contains("rfm_total"));
  }

  @Test
  void recencyWithoutUsageOrFrequencyGivesBehaviouralFeaturesButNoRfm() {
    List<String> names =
        StandardFeatures.forSchema(TestCustomers.SMALL_SCHEMA, TabularFeatureConfig.DEFAULTS)
            .fit(TestCustomers.labelled(50, 1))
            .schema()
            .names();
    assertTrue(names.contains("inactivity_score"));
    assertFalse(names.contains("rfm_total"));
  }

  @Test
  void aTableWithoutBehaviouralRolesGetsTheTabularEncodingOnly() {
    CustomerSchema telcoLike =
        new CustomerSchema(
            "telco-like",
            List.of("tenure", "charges"),
            List.of("contract"),
            Map.of(AttributeRole.TENURE, "tenure", AttributeRole.SPEND, "charges"));
    List<Customer> customers =
        List.of(
            Customer.builder("a")
                .numeric("tenure", 1)
                .numeric("charges", 20)
                .categorical("contract", "Month")
                .build(),
            Customer.builder("b")
                .numeric("tenure", 30)
                .numeric("charges", 80)
                .categorical("contract", "Year")
                .build());
    assertEquals(
        List.of("tenure", "charges", "contract=Month", "contract=Year"),
        StandardFeatures.forSchema(telcoLike, TabularFeatureConfig.DEFAULTS)
            .fit(customers)
            .schema()
            .names());
  }
}

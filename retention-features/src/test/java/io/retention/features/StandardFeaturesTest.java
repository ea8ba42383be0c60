package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.testing.TestCustomers;
import java.util.List;
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
  void aTableWithoutUsageOrRecencyGetsTheTabularEncodingOnly() {
    CustomerSchema telco = CustomerSchema.TELCO;
    assertFalse(telco.attribute(io.retention.core.domain.AttributeRole.RECENCY).isPresent());
    FittedFeatures fitted =
        StandardFeatures.forSchema(
                TestCustomers.SMALL_SCHEMA.withNumeric(
                    "x", io.retention.core.domain.AttributeRole.TENURE),
                TabularFeatureConfig.DEFAULTS)
            .fit(TestCustomers.labelled(50, 1));
    assertTrue(fitted.schema().names().contains("engagement_score"), "recency alone is enough");
    assertFalse(fitted.schema().names().contains("rfm_total"), "no usage or frequency: no RFM");
  }
}

package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.testing.TestCustomers;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TabularFeaturesCodecTest {
  private static final TabularFeaturesCodec CODEC = new TabularFeaturesCodec();

  private static final CustomerSchema SCHEMA =
      new CustomerSchema(
          "t",
          List.of("fee", "days", "flat"),
          List.of("plan"),
          Map.of(AttributeRole.SPEND, "fee", AttributeRole.PLAN, "plan"));

  private static Customer customer(String id, Double fee, double days, String plan) {
    Customer.Builder b = Customer.builder(id).numeric("days", days).numeric("flat", 1.0);
    if (fee != null) {
      b.numeric("fee", fee);
    }
    return b.categorical("plan", plan).churned(days > 10).build();
  }

  @Test
  void aDecodedPipelineTransformsEveryCustomerIdentically() {
    List<Customer> training =
        List.of(
            customer("a", 10.0, 1, "Basic"),
            customer("b", 20.0, 20, "Premium"),
            customer("c", null, 30, "Basic"),
            customer("d", 40.0, 5, "Standard"));
    FittedFeatures fitted =
        new TabularFeaturePipeline(SCHEMA, TabularFeatureConfig.DEFAULTS).fit(training);
    FittedFeatures decoded = CODEC.decode(CODEC.encode(fitted));
    assertEquals(fitted.schema(), decoded.schema());
    assertEquals(fitted.describe(), decoded.describe());
    assertEquals(fitted.fitNotes(), decoded.fitNotes());
    for (Customer c :
        List.of(customer("x", null, 3, "Premium"), customer("y", 15.0, 2, "Unseen"))) {
      assertEquals(fitted.transform(c), decoded.transform(c));
    }
  }

  @Test
  void theSmallFixtureRoundTrips() {
    List<Customer> customers = TestCustomers.labelled(80, 1);
    FittedFeatures fitted =
        new TabularFeaturePipeline(TestCustomers.SMALL_SCHEMA, TabularFeatureConfig.DEFAULTS)
            .fit(customers);
    FittedFeatures decoded = CODEC.decode(CODEC.encode(fitted));
    assertEquals(fitted.transformAll(customers).ids(), decoded.transformAll(customers).ids());
    for (Customer c : customers) {
      assertEquals(fitted.transform(c), decoded.transform(c));
    }
  }

  @Test
  void damagedBytesAndForeignPipelinesAreRefused() {
    FittedFeatures fitted =
        new TabularFeaturePipeline(TestCustomers.SMALL_SCHEMA, TabularFeatureConfig.DEFAULTS)
            .fit(TestCustomers.labelled(40, 2));
    byte[] bytes = CODEC.encode(fitted);
    assertThrows(
        RetentionException.class, () -> CODEC.decode(Arrays.copyOf(bytes, bytes.length - 3)));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
    assertThrows(RetentionException.class, () -> CODEC.decode(longer));
    assertThrows(
        RetentionException.class, () -> CODEC.decode(new byte[] {0, 0, 0, 3, 'B', 'A', 'D'}));
    FittedFeatures other =
        new FittedFeatures() {
          @Override
          public FeatureSchema schema() {
            return FeatureSchema.of("x");
          }

          @Override
          public FeatureVector transform(Customer customer) {
            return FeatureVector.of(schema(), 0.0);
          }

          @Override
          public List<FeatureDescription> describe() {
            return List.of();
          }

          @Override
          public List<String> fitNotes() {
            return List.of();
          }
        };
    assertFalse(CODEC.supports(other));
    assertTrue(CODEC.supports(fitted));
    assertThrows(IllegalArgumentException.class, () -> CODEC.encode(other));
    assertEquals(TabularFeaturesCodec.FORMAT, CODEC.format());
  }
}

package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.contract.FeaturePipelineContract;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.testing.TestCustomers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TabularFeaturePipelineTest extends FeaturePipelineContract {

  private static final List<Customer> CUSTOMERS = TestCustomers.labelled(120, 3);

  private static final CustomerSchema SCHEMA =
      new CustomerSchema(
          "t",
          List.of("fee", "days", "flat"),
          List.of("plan", "only"),
          Map.of(AttributeRole.SPEND, "fee", AttributeRole.PLAN, "plan"));

  @Override
  protected FeaturePipeline createPipeline() {
    return new TabularFeaturePipeline(TestCustomers.SMALL_SCHEMA, TabularFeatureConfig.DEFAULTS);
  }

  @Override
  protected List<Customer> customers() {
    return CUSTOMERS;
  }

  private static Customer customer(String id, Double fee, double days, String plan) {
    Customer.Builder b = Customer.builder(id).numeric("days", days).numeric("flat", 1.0);
    if (fee != null) {
      b.numeric("fee", fee);
    }
    if (plan != null) {
      b.categorical("plan", plan);
    }
    return b.categorical("only", "x").churned(days > 10).build();
  }

  private static final List<Customer> TRAINING =
      List.of(
          customer("a", 10.0, 1, "Basic"),
          customer("b", 20.0, 20, "Premium"),
          customer("c", null, 30, "Basic"),
          customer("d", 40.0, 5, "Standard"));

  @Test
  void numbersAreKeptAndCategoriesAreOneHotInSortedLevelOrder() {
    FittedFeatures fitted =
        new TabularFeaturePipeline(SCHEMA, TabularFeatureConfig.DEFAULTS).fit(TRAINING);
    assertEquals(
        List.of("fee", "fee_missing", "days", "plan=Basic", "plan=Premium", "plan=Standard"),
        fitted.schema().names());
    FeatureVector d = fitted.transform(TRAINING.get(3));
    assertEquals(List.of(40.0, 0.0, 5.0, 0.0, 0.0, 1.0), boxed(d));
  }

  @Test
  void aMissingNumberTakesTheTrainingMedianAndRaisesItsIndicator() {
    FittedFeatures fitted =
        new TabularFeaturePipeline(SCHEMA, TabularFeatureConfig.DEFAULTS).fit(TRAINING);
    FeatureVector c = fitted.transform(TRAINING.get(2));
    assertEquals(20.0, c.get("fee"), "median of 10, 20, 40");
    assertEquals(1.0, c.get("fee_missing"));
  }

  @Test
  void aMissingNumberIsRefusedByNameWhenThePolicySaysSo() {
    TabularFeatureConfig reject =
        new TabularFeatureConfig(TabularFeatureConfig.MissingNumbers.REJECT, false, 50);
    FittedFeatures fitted = new TabularFeaturePipeline(SCHEMA, reject).fit(TRAINING);
    RetentionException e =
        assertThrows(RetentionException.class, () -> fitted.transform(TRAINING.get(2)));
    assertTrue(e.getMessage().contains("customer c"), e.getMessage());
    assertTrue(e.getMessage().contains("'fee'"), e.getMessage());
  }

  @Test
  void anUnseenOrMissingCategoryEncodesAsAllZeros() {
    FittedFeatures fitted =
        new TabularFeaturePipeline(SCHEMA, TabularFeatureConfig.DEFAULTS).fit(TRAINING);
    FeatureVector unseen = fitted.transform(customer("e", 10.0, 1, "Family"));
    FeatureVector missing = fitted.transform(customer("f", 10.0, 1, null));
    for (String level : List.of("plan=Basic", "plan=Premium", "plan=Standard")) {
      assertEquals(0.0, unseen.get(level));
      assertEquals(0.0, missing.get(level));
    }
    assertEquals(2L, fitted.unseenCategoryCounts().get("plan"));
  }

  @Test
  void constantFeaturesAreDroppedAndNamedInTheNotes() {
    FittedFeatures fitted =
        new TabularFeaturePipeline(SCHEMA, TabularFeatureConfig.DEFAULTS).fit(TRAINING);
    assertFalse(fitted.schema().names().contains("flat"));
    assertFalse(fitted.schema().names().contains("only=x"));
    assertTrue(
        fitted.fitNotes().stream().anyMatch(n -> n.contains("'flat'")),
        fitted.fitNotes().toString());
    assertTrue(
        fitted.fitNotes().stream().anyMatch(n -> n.contains("'only'")),
        fitted.fitNotes().toString());
  }

  @Test
  void onlyTheMostFrequentLevelsAreEncodedWhenThereAreTooMany() {
    TabularFeatureConfig two =
        new TabularFeatureConfig(TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN, true, 2);
    FittedFeatures fitted = new TabularFeaturePipeline(SCHEMA, two).fit(TRAINING);
    // Basic appears twice; Premium and Standard once each, so the tie goes to the first name.
    assertTrue(fitted.schema().names().contains("plan=Basic"));
    assertTrue(fitted.schema().names().contains("plan=Premium"));
    assertFalse(fitted.schema().names().contains("plan=Standard"));
    assertTrue(fitted.fitNotes().stream().anyMatch(n -> n.contains("3 levels")));
  }

  @Test
  void theReportGivesTheFittedMedian() {
    FittedFeatures fitted =
        new TabularFeaturePipeline(SCHEMA, TabularFeatureConfig.DEFAULTS).fit(TRAINING);
    FeatureDescription fee = fitted.describe().get(0);
    assertEquals("fee", fee.name());
    assertTrue(fee.fitted().contains("median=20.0"), fee.fitted());
  }

  @Test
  void aSchemaWithNothingUsableIsAnError() {
    CustomerSchema nothing = new CustomerSchema("n", List.of("flat"), List.of("only"), Map.of());
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> new TabularFeaturePipeline(nothing, TabularFeatureConfig.DEFAULTS).fit(TRAINING));
    assertTrue(e.getMessage().contains("no usable feature"), e.getMessage());
  }

  @Test
  void anAttributeNoTrainingCustomerHasIsDropped() {
    CustomerSchema withGhost =
        new CustomerSchema("g", List.of("fee", "ghost"), List.of("plan"), Map.of());
    FittedFeatures fitted =
        new TabularFeaturePipeline(withGhost, TabularFeatureConfig.DEFAULTS).fit(TRAINING);
    assertFalse(fitted.schema().names().contains("ghost"));
    assertTrue(fitted.fitNotes().stream().anyMatch(n -> n.contains("'ghost'")));
  }

  @Test
  void configurationRejectsNonsense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TabularFeatureConfig(TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN, true, 0));
  }

  private static List<Double> boxed(FeatureVector v) {
    return java.util.Arrays.stream(v.toArray()).boxed().toList();
  }
}

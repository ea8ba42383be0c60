package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.CustomerInputException;
import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.InputAttribute;
import io.retention.core.domain.InputCheck;
import io.retention.core.domain.InputPolicy;
import io.retention.core.domain.InputReport;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.testing.TestCustomers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the fitted pipelines say they read, and strict and lenient scoring on it. */
class FeatureInputsTest {
  private static final List<Customer> TRAINING = TestCustomers.labelled(200, 1);
  private static final FittedFeatures TABULAR =
      new TabularFeaturePipeline(TestCustomers.SMALL_SCHEMA, TabularFeatureConfig.DEFAULTS)
          .fit(TRAINING);

  /** A model that sums the features, enough to see that scoring ran. */
  private static ChurnModelBundle bundle(FittedFeatures features) {
    FeatureSchema schema = features.schema();
    ChurnModel model =
        new ChurnModel() {
          @Override
          public FeatureSchema schema() {
            return schema;
          }

          @Override
          public double probability(FeatureVector f) {
            double s = 0;
            for (double v : f.toArray()) {
              s += v;
            }
            return 1.0 / (1.0 + Math.exp(-s / 100.0));
          }

          @Override
          public String description() {
            return "sum";
          }
        };
    return new ChurnModelBundle(features, model, Map.of());
  }

  @Test
  void theTabularPipelineNamesEachAttributeWithItsKindAndLevels() {
    assertEquals(
        List.of(
            InputAttribute.numeric("days_since_login", false),
            InputAttribute.numeric("monthly_fee", false),
            InputAttribute.categorical("plan", false, List.of("Basic", "Premium", "Standard"))),
        TABULAR.inputs());
    FittedFeatures decoded =
        new TabularFeaturesCodec().decode(new TabularFeaturesCodec().encode(TABULAR));
    assertEquals(TABULAR.inputs(), decoded.inputs(), "a saved model keeps its inputs");
  }

  @Test
  void strictScoringRefusesEveryKindOfMismatchNamingTheAttributes() {
    ChurnModelBundle b = bundle(TABULAR);
    Customer ok = TRAINING.get(3);
    assertEquals(InputReport.CLEAN, b.score(ok, InputPolicy.STRICT).inputs());
    assertEquals(b.score(ok), b.score(ok, InputPolicy.STRICT).score());

    Customer odd =
        Customer.builder("x1")
            .numeric("days_since_login", 12)
            .categorical("monthly_fee", "cheap")
            .categorical("plan", "Gold")
            .numeric("colour", 3)
            .build();
    CustomerInputException e =
        assertThrows(CustomerInputException.class, () -> b.score(odd, InputPolicy.STRICT));
    assertEquals(
        "customer x1 does not match the model's inputs: attributes of the wrong kind"
            + " [monthly_fee]; category levels the model never learned {plan=Gold}; attributes"
            + " the model does not read [colour] (score leniently to impute and ignore instead)",
        e.getMessage());

    Customer lacking = Customer.builder("x2").categorical("plan", "Basic").build();
    CustomerInputException missing =
        assertThrows(CustomerInputException.class, () -> b.score(lacking, InputPolicy.STRICT));
    assertEquals(List.of("days_since_login", "monthly_fee"), missing.report().missing());
  }

  @Test
  void lenientScoringScoresAsBeforeAndReportsWhatItImputedOrIgnored() {
    ChurnModelBundle b = bundle(TABULAR);
    Customer odd =
        Customer.builder("x1")
            .numeric("days_since_login", 12)
            .categorical("plan", "Gold")
            .numeric("colour", 3)
            .build();
    ChurnModelBundle.CheckedScore checked = b.score(odd, InputPolicy.LENIENT);
    assertEquals(b.score(odd), checked.score());
    assertEquals(List.of("monthly_fee"), checked.inputs().missing());
    assertEquals(List.of("colour"), checked.inputs().unknown());
    assertEquals(Map.of("plan", "Gold"), checked.inputs().unseenLevels());
  }

  @Test
  void aValueTrainingAlsoSawMissingIsImputedEvenWhenStrict() {
    List<Customer> gappy = new ArrayList<>(TRAINING);
    gappy.set(
        0,
        Customer.builder("gap")
            .numeric("days_since_login", 3)
            .categorical("plan", "Basic")
            .churned(true)
            .build());
    FittedFeatures features =
        new TabularFeaturePipeline(TestCustomers.SMALL_SCHEMA, TabularFeatureConfig.DEFAULTS)
            .fit(gappy);
    Customer lacking =
        Customer.builder("x3").numeric("days_since_login", 9).categorical("plan", "Basic").build();
    ChurnModelBundle.CheckedScore checked = bundle(features).score(lacking, InputPolicy.STRICT);
    assertEquals(List.of("monthly_fee"), checked.inputs().imputed());
    assertTrue(checked.inputs().missing().isEmpty());
  }

  @Test
  void partsThatReadTheSameAttributeAgreeInOneInput() {
    List<Customer> customers = TestCustomersSchemas.netflixLike(150);
    FittedFeatures all =
        new CompositeFeaturePipeline(
                List.of(
                    new TabularFeaturePipeline(
                        TestCustomersSchemas.NETFLIX_LIKE, TabularFeatureConfig.DEFAULTS),
                    new BehaviouralFeatures(
                        TestCustomersSchemas.NETFLIX_LIKE, BehaviouralConfig.DEFAULTS),
                    new RfmFeatures(TestCustomersSchemas.NETFLIX_LIKE, RfmConfig.DEFAULTS)))
            .fit(customers);
    List<String> names = all.inputs().stream().map(InputAttribute::name).toList();
    assertEquals(names.stream().distinct().toList(), names, "one input per attribute");
    CustomerSchema schema = TestCustomersSchemas.NETFLIX_LIKE;
    List<String> expected = new ArrayList<>(schema.numericAttributes());
    expected.addAll(schema.categoricalAttributes());
    assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(names));
    assertEquals(InputReport.CLEAN, InputCheck.check(all.inputs(), customers.get(5)));
  }

  @Test
  void aLayoutThatSwapsAKindOrLacksAnAttributeIsRefused() {
    CustomerSchema swapped =
        new CustomerSchema(
            "swapped", List.of("days_since_login", "monthly_fee", "plan"), List.of(), Map.of());
    RetentionException kind =
        assertThrows(
            RetentionException.class,
            () -> InputCheck.requireLayout(TABULAR.inputs(), swapped, "the customers in a.csv"));
    assertEquals(
        "the customers in a.csv: 'plan' is numeric in the mapping but was categorical in"
            + " training; use the mapping the model was trained with",
        kind.getMessage());
    CustomerSchema lacking =
        new CustomerSchema("lacking", List.of("days_since_login"), List.of("plan"), Map.of());
    RetentionException absent =
        assertThrows(
            RetentionException.class,
            () -> InputCheck.requireLayout(TABULAR.inputs(), lacking, "the customers in a.csv"));
    assertTrue(absent.getMessage().contains("lack the attributes [monthly_fee]"));
    InputCheck.requireLayout(TABULAR.inputs(), TestCustomers.SMALL_SCHEMA, "fits");
  }
}

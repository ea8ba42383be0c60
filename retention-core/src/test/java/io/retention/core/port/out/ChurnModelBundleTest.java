package io.retention.core.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ChurnModelBundleTest {

  private static final FeatureSchema SCHEMA = FeatureSchema.of("tenure", "fee");
  private static final Customer ALICE =
      Customer.builder("alice").numeric("tenure", 3).numeric("fee", 9.99).build();
  private static final FeatureVector ALICE_FEATURES = FeatureVector.of(SCHEMA, 3, 9.99);

  @Mock private FittedFeatures features;
  @Mock private ChurnModel model;

  @Test
  void scoresARawCustomerThroughTheFeaturesAndTheModel() {
    when(features.schema()).thenReturn(SCHEMA);
    when(model.schema()).thenReturn(SCHEMA);
    when(features.transform(ALICE)).thenReturn(ALICE_FEATURES);
    when(model.probability(ALICE_FEATURES)).thenReturn(0.83);
    ChurnModelBundle bundle = new ChurnModelBundle(features, model, Map.of());

    ChurnScore score = bundle.score(ALICE);

    assertEquals(new ChurnScore(CustomerId.of("alice"), 0.83), score);
    verify(model).probability(ALICE_FEATURES);
  }

  @Test
  void keepsItsPartsAndCopiesTheMetadata() {
    when(features.schema()).thenReturn(SCHEMA);
    when(model.schema()).thenReturn(SCHEMA);
    Map<String, String> metadata = new HashMap<>(Map.of("trainer", "logistic-regression"));

    ChurnModelBundle bundle = new ChurnModelBundle(features, model, metadata);
    metadata.put("later", "change");

    assertSame(features, bundle.features());
    assertSame(model, bundle.model());
    assertEquals(Map.of("trainer", "logistic-regression"), bundle.metadata());
    assertThrows(UnsupportedOperationException.class, () -> bundle.metadata().put("x", "y"));
  }

  @Test
  void rejectsAModelThatExpectsOtherFeatures() {
    when(features.schema()).thenReturn(SCHEMA);
    when(model.schema()).thenReturn(FeatureSchema.of("fee", "tenure"));
    Map<String, String> none = Map.of();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new ChurnModelBundle(features, model, none));
    assertTrue(e.getMessage().contains("[fee, tenure]"), e.getMessage());
    assertTrue(e.getMessage().contains("[tenure, fee]"), e.getMessage());
  }

  @Test
  void rejectsAProbabilityOutsideTheUnitInterval() {
    when(features.schema()).thenReturn(SCHEMA);
    when(model.schema()).thenReturn(SCHEMA);
    when(features.transform(ALICE)).thenReturn(ALICE_FEATURES);
    when(model.probability(ALICE_FEATURES)).thenReturn(1.2);
    ChurnModelBundle bundle = new ChurnModelBundle(features, model, Map.of());

    assertThrows(IllegalArgumentException.class, () -> bundle.score(ALICE));
  }

  @Test
  void needsFeaturesModelAndMetadata() {
    Map<String, String> none = Map.of();
    assertThrows(NullPointerException.class, () -> new ChurnModelBundle(null, model, none));
    assertThrows(NullPointerException.class, () -> new ChurnModelBundle(features, null, none));
    assertThrows(NullPointerException.class, () -> new ChurnModelBundle(features, model, null));
  }
}

package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.testing.TestCustomers;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TribuoChurnModelCodecTest {
  private static final FeatureMatrix TRAINING = TestCustomers.separableRows(300, 1);
  private static final FeatureMatrix TEST = TestCustomers.separableRows(200, 2);
  private static final TribuoChurnModelCodec CODEC = new TribuoChurnModelCodec();

  @Test
  void decodedModelsScoreBitIdentically() {
    for (ChurnModel model :
        List.of(
            new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS).train(TRAINING),
            new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(15))
                .train(TRAINING))) {
      assertTrue(CODEC.supports(model));
      ChurnModel decoded = CODEC.decode(CODEC.encode(model));
      assertArrayEquals(model.probabilities(TEST), decoded.probabilities(TEST), 0.0);
      assertEquals(model.schema(), decoded.schema());
      assertEquals(model.description(), decoded.description());
    }
  }

  @Test
  void damagedBytesAreARetentionException() {
    byte[] bytes =
        CODEC.encode(
            new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS).train(TRAINING));
    assertThrows(
        RetentionException.class, () -> CODEC.decode(Arrays.copyOf(bytes, bytes.length / 2)));
    byte[] garbled = bytes.clone();
    for (int i = bytes.length - 200; i < bytes.length; i++) {
      garbled[i] = (byte) 0xff;
    }
    assertThrows(RetentionException.class, () -> CODEC.decode(garbled));
    assertThrows(RetentionException.class, () -> CODEC.decode(new byte[] {1, 2, 3}));
  }

  @Test
  void otherModelsAreNotSupported() {
    ChurnModel other =
        new ChurnModel() {
          @Override
          public FeatureSchema schema() {
            return FeatureSchema.of("x");
          }

          @Override
          public double probability(FeatureVector features) {
            return 0.5;
          }

          @Override
          public String description() {
            return "other";
          }
        };
    assertFalse(CODEC.supports(other));
    assertThrows(IllegalArgumentException.class, () -> CODEC.encode(other));
    assertEquals(TribuoChurnModelCodec.FORMAT, CODEC.format());
  }
}

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
  void theSameDataAndSeedGiveTheSameBytesWhateverTheClock() throws InterruptedException {
    for (int kind = 0; kind < 2; kind++) {
      ChurnModel first = train(kind);
      Thread.sleep(5);
      ChurnModel second = train(kind);
      String before = ((TribuoChurnModel) first).model().serialize().toString();
      assertTrue(before.contains("trained-at"), "Tribuo records the training time");
      byte[] a = CODEC.encode(first);
      assertArrayEquals(a, CODEC.encode(second), "kind " + kind);
      ChurnModel decoded = CODEC.decode(a);
      assertArrayEquals(first.probabilities(TEST), decoded.probabilities(TEST), 0.0);
      String provenance = ((TribuoChurnModel) decoded).model().getProvenance().toString();
      assertTrue(provenance.contains("1970-01-01T00:00Z"), provenance);
    }
  }

  private static ChurnModel train(int kind) {
    return kind == 0
        ? new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS).train(TRAINING)
        : new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(5)).train(TRAINING);
  }

  @Test
  void aMessageWithoutDateTimesIsLeftAsItIs() {
    byte[] plain = {8, 1, 18, 3, 'a', 'b', 'c'};
    assertTrue(plain == ProvenanceTimes.withoutTimes(plain));
    assertThrows(
        IllegalArgumentException.class, () -> ProvenanceTimes.withoutTimes(new byte[] {8}));
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

package io.retention.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.application.ModelSelection;
import io.retention.core.application.ModelSelectionConfig;
import io.retention.core.application.SelectChurnModel;
import io.retention.core.application.TrainChurnModel;
import io.retention.core.contract.ModelStoreContract;
import io.retention.core.domain.Customer;
import io.retention.core.persistence.FileModelStore;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ModelStore;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.TestCustomers;
import io.retention.core.training.CalibratedChurnModel;
import io.retention.core.training.Calibration;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import io.retention.features.TabularFeaturesCodec;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoChurnModelCodec;
import io.retention.ml.tribuo.TribuoLogisticRegressionTrainer;
import io.retention.ml.tribuo.TribuoRandomForestTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file model store with the real parts: the tabular feature pipeline and Tribuo models, plain
 * and calibrated, saved to one file each and loaded back.
 */
class ModelBundlePersistenceTest extends ModelStoreContract {
  private static final List<Customer> CUSTOMERS = TestCustomers.labelled(400, 7);
  private static final TabularFeaturePipeline PIPELINE =
      new TabularFeaturePipeline(TestCustomers.SMALL_SCHEMA, TabularFeatureConfig.DEFAULTS);
  private static final ModelBundleFile FORMAT =
      new ModelBundleFile(
          List.of(new TabularFeaturesCodec()), List.of(new TribuoChurnModelCodec()));

  private static final ChurnModelBundle FOREST =
      new SelectChurnModel(PIPELINE)
          .select(
              CUSTOMERS,
              List.of(new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(20))),
              ModelSelectionConfig.DEFAULTS.withCalibration(Calibration.Method.ISOTONIC),
              ProgressListener.NONE)
          .bundle();
  private static final ChurnModelBundle LOGISTIC =
      new TrainChurnModel(
              PIPELINE, new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS))
          .train(CUSTOMERS, ProgressListener.NONE);

  @TempDir Path dir;

  @Override
  protected ModelStore createStore() {
    return new FileModelStore(dir, FORMAT);
  }

  @Override
  protected ChurnModelBundle bundle() {
    return FOREST;
  }

  @Override
  protected ChurnModelBundle otherBundle() {
    return LOGISTIC;
  }

  @Override
  protected List<Customer> customers() {
    return TestCustomers.labelled(200, 8);
  }

  @Test
  void aSelectedCalibratedModelKeepsItsReportAndFingerprint() {
    ModelStore store = createStore();
    store.save("forest", FOREST);
    ChurnModelBundle loaded = store.load("forest");
    assertEquals(
        FOREST.metadata().get(SelectChurnModel.REPORT_KEY),
        loaded.metadata().get(SelectChurnModel.REPORT_KEY));
    assertEquals(64, loaded.metadata().get(TrainChurnModel.FINGERPRINT_KEY).length());
    assertEquals(FOREST.model().description(), loaded.model().description());
  }

  @Test
  void aCalibratedModelKeepsItsCalibration() {
    ChurnModelBundle calibrated =
        new ChurnModelBundle(
            FOREST.features(),
            new CalibratedChurnModel(
                CalibratedChurnModel.uncalibrated(FOREST.model()),
                new Calibration.Isotonic(new double[] {0.1, 0.9}, new double[] {0.2, 0.7})),
            FOREST.metadata());
    ModelStore store = createStore();
    store.save("calibrated", calibrated);
    ChurnModelBundle loaded = store.load("calibrated");
    assertTrue(loaded.model().description().contains("isotonic"), loaded.model().description());
    for (Customer c : customers()) {
      assertEquals(calibrated.score(c), loaded.score(c));
    }
  }

  @Test
  void aLogisticModelScoresBitIdenticallyAfterLoading() {
    ModelStore store = createStore();
    store.save("lr", LOGISTIC);
    ChurnModelBundle loaded = store.load("lr");
    double[] before =
        customers().stream().mapToDouble(c -> LOGISTIC.score(c).probability()).toArray();
    double[] after = customers().stream().mapToDouble(c -> loaded.score(c).probability()).toArray();
    assertArrayEquals(before, after, 0.0);
  }

  @Test
  void aCorruptedFileIsRefusedWithAClearMessage() throws IOException {
    FileModelStore store = new FileModelStore(dir, FORMAT);
    store.save("forest", FOREST);
    Path file = store.pathOf("forest");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    RetentionException e = assertThrows(RetentionException.class, () -> store.load("forest"));
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }

  @Test
  void aSelectionWithBothTrainersPicksOneAndItSurvivesTheRoundTrip() {
    ModelSelection s =
        new SelectChurnModel(PIPELINE)
            .select(
                CUSTOMERS,
                List.of(
                    new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS),
                    new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(10))),
                ModelSelectionConfig.DEFAULTS.withFolds(3),
                ProgressListener.NONE);
    assertEquals(2, s.report().candidates().size());
    ModelStore store = createStore();
    store.save("chosen", s.bundle());
    Customer c = customers().get(0);
    assertEquals(s.bundle().score(c), store.load("chosen").score(c));
  }
}

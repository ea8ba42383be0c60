package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.retention.core.port.out.ChurnModelCodec;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TribuoModuleTest {

  @Test
  void bindsTheChurnTrainerPortToLogisticRegression() {
    ChurnTrainer trainer = Guice.createInjector(new TribuoModule()).getInstance(ChurnTrainer.class);
    assertEquals("logistic-regression", trainer.name());
  }

  @Test
  void bindsTheSegmenterPortToKMeans() {
    assertInstanceOf(
        TribuoKMeansSegmenter.class,
        Guice.createInjector(new TribuoModule()).getInstance(Segmenter.class));
  }

  @Test
  void bindsTheCandidatesAndTheModelCodec() {
    Injector injector =
        Guice.createInjector(
            new TribuoModule(
                LogisticRegressionConfig.DEFAULTS, RandomForestConfig.DEFAULTS.withTrees(10)));
    List<ChurnTrainer> candidates =
        injector.getInstance(Key.get(new TypeLiteral<List<ChurnTrainer>>() {}));
    assertEquals(
        List.of("logistic-regression", "random-forest"),
        candidates.stream().map(ChurnTrainer::name).toList());
    assertEquals(
        TribuoChurnModelCodec.FORMAT, injector.getInstance(ChurnModelCodec.class).format());
  }
}

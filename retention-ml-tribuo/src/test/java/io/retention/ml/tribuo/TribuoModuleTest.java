package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.inject.Guice;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.Segmenter;
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
}

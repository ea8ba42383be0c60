package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Guice;
import io.retention.core.port.out.ChurnTrainer;
import org.junit.jupiter.api.Test;

class TribuoModuleTest {

  @Test
  void bindsTheChurnTrainerPortToLogisticRegression() {
    ChurnTrainer trainer = Guice.createInjector(new TribuoModule()).getInstance(ChurnTrainer.class);
    assertEquals("logistic-regression", trainer.name());
  }
}

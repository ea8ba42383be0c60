package io.retention.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.TestCustomers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ResamplingTrainerTest {

  @Test
  void theWrappedTrainerSeesBalancedRows() {
    ChurnTrainer inner = mock(ChurnTrainer.class);
    ChurnModel model = mock(ChurnModel.class);
    when(inner.name()).thenReturn("lr");
    when(inner.train(any(FeatureMatrix.class), any(ProgressListener.class))).thenReturn(model);
    FeatureMatrix rows = TestCustomers.separableRows(200, 3);
    ResamplingTrainer trainer = new ResamplingTrainer(inner, new Resampling.Smote(5, 1));
    assertSame(model, trainer.train(rows));
    ArgumentCaptor<FeatureMatrix> seen = ArgumentCaptor.forClass(FeatureMatrix.class);
    verify(inner).train(seen.capture(), eq(ProgressListener.NONE));
    long churned = seen.getValue().labels().stream().filter(l -> l == ChurnLabel.CHURNED).count();
    assertEquals(seen.getValue().size() - churned, churned);
    assertEquals("lr+smote", trainer.name());
  }
}

package io.retention.core.application;

import static io.retention.core.application.ChurnFixtures.RISK_SCHEMA;
import static io.retention.core.application.ChurnFixtures.labelled;
import static io.retention.core.application.ChurnFixtures.unlabelled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.retention.core.RetentionException;
import io.retention.core.application.ChurnFixtures.RiskFeatures;
import io.retention.core.application.ChurnFixtures.RiskModel;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.ProgressListener;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class TrainChurnModelTest {

  private static final List<Customer> TRAINING =
      List.of(
          labelled("a", 0.9, true),
          labelled("b", 0.2, false),
          labelled("c", 0.7, true),
          labelled("d", 0.1, false),
          labelled("e", 0.3, false));

  @Mock private FeaturePipeline pipeline;
  @Mock private ChurnTrainer trainer;
  @Mock private ProgressListener progress;

  private final RiskFeatures features = new RiskFeatures();
  private final RiskModel model = new RiskModel();

  private TrainChurnModel training() {
    return new TrainChurnModel(pipeline, trainer);
  }

  private void portsSucceed() {
    when(pipeline.fit(anyList())).thenReturn(features);
    when(trainer.train(any(), any())).thenReturn(model);
    when(trainer.name()).thenReturn("fake-trainer");
  }

  @Test
  void fitsTheFeaturePipelineOnceOnTheTrainingCustomers() {
    portsSucceed();

    training().train(TRAINING, progress);

    verify(pipeline).fit(TRAINING);
    verifyNoMoreInteractions(pipeline);
  }

  @Test
  void trainsOnTheTrainingCustomersFeaturesWithTheirLabels() {
    portsSucceed();
    ArgumentCaptor<FeatureMatrix> matrix = ArgumentCaptor.forClass(FeatureMatrix.class);

    training().train(TRAINING, progress);

    verify(trainer).train(matrix.capture(), same(progress));
    FeatureMatrix m = matrix.getValue();
    assertEquals(RISK_SCHEMA, m.schema());
    assertEquals(
        List.of(
            CustomerId.of("a"),
            CustomerId.of("b"),
            CustomerId.of("c"),
            CustomerId.of("d"),
            CustomerId.of("e")),
        m.ids());
    assertEquals(
        List.of(
            ChurnLabel.CHURNED,
            ChurnLabel.RETAINED,
            ChurnLabel.CHURNED,
            ChurnLabel.RETAINED,
            ChurnLabel.RETAINED),
        m.labels());
    assertArrayEquals(new double[] {0.9, 0.2, 0.7, 0.1, 0.3}, m.column(0));
  }

  @Test
  void returnsTheFittedFeaturesAndTheTrainedModel() {
    portsSucceed();

    ChurnModelBundle bundle = training().train(TRAINING, progress);

    assertSame(features, bundle.features());
    assertSame(model, bundle.model());
    assertEquals(0.55, bundle.score(unlabelled("new", 0.55)).probability());
  }

  @Test
  void recordsTheTrainingRunInTheMetadata() {
    portsSucceed();

    ChurnModelBundle bundle = training().train(TRAINING, progress);

    assertEquals(
        Map.of(
            "trainer",
            "fake-trainer",
            "model",
            "risk-as-probability",
            "training.customers",
            "5",
            "training.churned",
            "2",
            "features",
            "1",
            TrainChurnModel.FINGERPRINT_KEY,
            io.retention.core.persistence.DataFingerprint.of(features.transformAll(TRAINING))),
        bundle.metadata());
  }

  @Test
  void rejectsAnUnlabelledCustomerBeforeFittingAnything() {
    List<Customer> withUnlabelled =
        List.of(labelled("a", 0.9, true), unlabelled("x42", 0.5), labelled("b", 0.1, false));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> training().train(withUnlabelled, progress));
    assertTrue(e.getMessage().contains("x42"), e.getMessage());
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void rejectsCustomersWhoAllChurned() {
    List<Customer> allChurned = List.of(labelled("a", 0.9, true), labelled("b", 0.8, true));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> training().train(allChurned, progress));
    assertTrue(e.getMessage().contains("2 churned of 2"), e.getMessage());
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void rejectsCustomersWhoAllStayed() {
    List<Customer> allRetained = List.of(labelled("a", 0.1, false), labelled("b", 0.2, false));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> training().train(allRetained, progress));
    assertTrue(e.getMessage().contains("0 churned of 2"), e.getMessage());
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void rejectsAnEmptyTrainingSet() {
    List<Customer> none = List.of();

    assertThrows(IllegalArgumentException.class, () -> training().train(none, progress));
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void rejectsAMissingProgressListener() {
    assertThrows(NullPointerException.class, () -> training().train(TRAINING, null));
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void rejectsAModelTrainedOnOtherFeatures() {
    ChurnModel otherModel =
        new ChurnModel() {
          @Override
          public FeatureSchema schema() {
            return FeatureSchema.of("something_else");
          }

          @Override
          public double probability(FeatureVector v) {
            return 0.5;
          }

          @Override
          public String description() {
            return "other";
          }
        };
    when(pipeline.fit(anyList())).thenReturn(features);
    when(trainer.train(any(), any())).thenReturn(otherModel);
    when(trainer.name()).thenReturn("fake-trainer");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> training().train(TRAINING, progress));
    assertTrue(e.getMessage().contains("something_else"), e.getMessage());
  }

  @Test
  void aTrainingFailurePropagatesUnchanged() {
    RetentionException failure = new RetentionException("model did not converge");
    when(pipeline.fit(anyList())).thenReturn(features);
    when(trainer.train(any(), any())).thenThrow(failure);

    RetentionException e =
        assertThrows(RetentionException.class, () -> training().train(TRAINING, progress));
    assertSame(failure, e);
  }

  @Test
  void needsBothPorts() {
    assertThrows(NullPointerException.class, () -> new TrainChurnModel(null, trainer));
    assertThrows(NullPointerException.class, () -> new TrainChurnModel(pipeline, null));
  }
}

package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.FittedSegmentation;
import io.retention.core.port.out.FittedSignals;
import io.retention.core.port.out.FittedSignalsCodec;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.port.out.SegmentationModelCodec;
import io.retention.core.segmentation.NamedSegmentationModel;
import io.retention.core.strategy.BehaviourFlag;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionModelFileTest {

  /** Engagement is the risk attribute less a fitted mean; a customer above the cut is flagged. */
  record CutSignals(double mean) implements FittedSignals {
    @Override
    public boolean hasRfm() {
      return false;
    }

    @Override
    public Optional<RfmScore> rfm(Customer customer) {
      return Optional.empty();
    }

    @Override
    public Set<BehaviourFlag> flags(Customer customer) {
      return engagement(customer) > 0 ? Set.of(BehaviourFlag.values()[0]) : Set.of();
    }

    @Override
    public double engagement(Customer customer) {
      return customer.numericValue("risk").orElseThrow() - mean;
    }
  }

  /** Two segments split at a fitted point of the one feature. */
  record SplitSegmentation(double at) implements SegmentationModel {
    @Override
    public List<Segment> segments() {
      return List.of(new Segment(0, "Segment 1"), new Segment(1, "Segment 2"));
    }

    @Override
    public Segment assign(FeatureVector features) {
      return segments().get(features.get(0) <= at ? 0 : 1);
    }

    @Override
    public double[] embed(FeatureVector features) {
      return new double[] {features.get(0)};
    }

    @Override
    public double[][] centroids() {
      return new double[][] {{at - 1}, {at + 1}};
    }
  }

  private static final FittedSignalsCodec SIGNALS =
      new FittedSignalsCodec() {
        @Override
        public String format() {
          return "cut/1";
        }

        @Override
        public boolean supports(FittedSignals signals) {
          return signals instanceof CutSignals;
        }

        @Override
        public byte[] encode(FittedSignals signals) {
          return ByteBuffer.allocate(8).putDouble(((CutSignals) signals).mean()).array();
        }

        @Override
        public FittedSignals decode(byte[] bytes) {
          return new CutSignals(ByteBuffer.wrap(bytes).getDouble());
        }
      };

  private static final SegmentationModelCodec SEGMENTS =
      new SegmentationModelCodec() {
        @Override
        public String format() {
          return "split/1";
        }

        @Override
        public boolean supports(SegmentationModel model) {
          return model instanceof SplitSegmentation;
        }

        @Override
        public byte[] encode(SegmentationModel model) {
          return ByteBuffer.allocate(8).putDouble(((SplitSegmentation) model).at()).array();
        }

        @Override
        public SegmentationModel decode(byte[] bytes) {
          return new SplitSegmentation(ByteBuffer.wrap(bytes).getDouble());
        }
      };

  private static final ModelBundleFile FORMAT =
      new ModelBundleFile(
          List.of(TestParts.FEATURES),
          List.of(TestParts.MODEL),
          List.of(SIGNALS),
          List.of(SEGMENTS));

  private static RetentionModel model() {
    SegmentationModel named =
        new NamedSegmentationModel(
            new SplitSegmentation(0.2),
            List.of(new Segment(0, "Quiet Regulars"), new Segment(1, "Heavy Users")));
    return new RetentionModel(
        TestParts.bundle(1.5, 2.0, -0.5),
        new CutSignals(-0.1),
        new FittedSegmentation(new TestParts.ScaledFeatures(0.5), named));
  }

  @Test
  void aSavedRunPlacesEveryCustomerAsTheRunDid() {
    RetentionModel saved = model();
    RetentionModel loaded = FORMAT.readModel(FORMAT.write(saved), "run.bundle");
    assertEquals(saved.segmentation().segments(), loaded.segmentation().segments());
    int flagged = 0;
    for (Customer c : TestParts.customers()) {
      String id = c.id().value();
      assertEquals(saved.churn().score(c), loaded.churn().score(c), id);
      assertEquals(saved.signals().engagement(c), loaded.signals().engagement(c), 0.0, id);
      assertEquals(saved.signals().flags(c), loaded.signals().flags(c), id);
      assertEquals(saved.segmentation().assign(c), loaded.segmentation().assign(c), id);
      flagged += saved.signals().flags(c).isEmpty() ? 0 : 1;
    }
    assertTrue(flagged > 0 && flagged < TestParts.customers().size());
    assertEquals(
        TestParts.customers().stream()
            .map(c -> saved.segmentation().assign(c).name())
            .distinct()
            .count(),
        2);
  }

  @Test
  void theChurnPartOfARunsFileReadsAsAPlainBundle() {
    RetentionModel saved = model();
    assertTrue(FORMAT.holdsRunModel(FORMAT.write(saved), "f"));
    assertFalse(FORMAT.holdsRunModel(FORMAT.write(saved.churn()), "f"));
    assertEquals(
        saved.churn().score(TestParts.customers().get(3)),
        FORMAT.read(FORMAT.write(saved), "f").score(TestParts.customers().get(3)));
  }

  @Test
  void aTrainingOnlyBundleIsRefusedAsARunsModelNamingTheFile() {
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> FORMAT.readModel(FORMAT.write(TestParts.bundle(1, 1, 0)), "train.bundle"));
    assertTrue(e.getMessage().startsWith("train.bundle holds a churn model only"), e.getMessage());
  }

  @Test
  void aMissingCodecIsNamedOnWriteAndOnRead() {
    ModelBundleFile churnOnly = TestParts.FORMAT;
    RetentionException write =
        assertThrows(RetentionException.class, () -> churnOnly.write(model()));
    assertTrue(write.getMessage().contains("fitted signals"), write.getMessage());
    byte[] bytes = FORMAT.write(model());
    RetentionException read =
        assertThrows(RetentionException.class, () -> churnOnly.readModel(bytes, "run.bundle"));
    assertTrue(
        read.getMessage().contains("run.bundle needs the signals codec 'cut/1'"),
        read.getMessage());
  }

  @Test
  void sameModelSameBytes() {
    assertEquals(ByteBuffer.wrap(FORMAT.write(model())), ByteBuffer.wrap(FORMAT.write(model())));
  }
}

package io.retention.core.persistence;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ChurnModelCodec;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.FittedFeaturesCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-written bundle parts and their codecs for the persistence tests. */
final class TestParts {
  static final FeatureSchema SCHEMA = FeatureSchema.of("risk");

  private TestParts() {}

  /** One feature: the customer's {@code risk} attribute times a fitted scale. */
  record ScaledFeatures(double scale) implements FittedFeatures {
    @Override
    public FeatureSchema schema() {
      return SCHEMA;
    }

    @Override
    public FeatureVector transform(Customer customer) {
      return FeatureVector.of(SCHEMA, scale * customer.numericValue("risk").orElseThrow());
    }

    @Override
    public List<FeatureDescription> describe() {
      return List.of(new FeatureDescription("risk", List.of("risk"), "risk × " + scale, ""));
    }

    @Override
    public List<String> fitNotes() {
      return List.of();
    }
  }

  /** A logistic function of the one feature. */
  record LogisticModel(double w, double b) implements ChurnModel {
    @Override
    public FeatureSchema schema() {
      return SCHEMA;
    }

    @Override
    public double probability(FeatureVector features) {
      return 1.0 / (1.0 + Math.exp(-(w * features.get(0) + b)));
    }

    @Override
    public String description() {
      return "logistic w=" + w + " b=" + b;
    }
  }

  static final FittedFeaturesCodec FEATURES =
      new FittedFeaturesCodec() {
        @Override
        public String format() {
          return "scaled/1";
        }

        @Override
        public boolean supports(FittedFeatures features) {
          return features instanceof ScaledFeatures;
        }

        @Override
        public byte[] encode(FittedFeatures features) {
          return ByteBuffer.allocate(8).putDouble(((ScaledFeatures) features).scale()).array();
        }

        @Override
        public FittedFeatures decode(byte[] bytes) {
          if (bytes.length != 8) {
            throw new RetentionException("bad scaled features");
          }
          return new ScaledFeatures(ByteBuffer.wrap(bytes).getDouble());
        }
      };

  static final ChurnModelCodec MODEL =
      new ChurnModelCodec() {
        @Override
        public String format() {
          return "logistic/1";
        }

        @Override
        public boolean supports(ChurnModel model) {
          return model instanceof LogisticModel;
        }

        @Override
        public byte[] encode(ChurnModel model) {
          LogisticModel m = (LogisticModel) model;
          return ByteBuffer.allocate(16).putDouble(m.w()).putDouble(m.b()).array();
        }

        @Override
        public ChurnModel decode(byte[] bytes) {
          ByteBuffer buf = ByteBuffer.wrap(bytes);
          return new LogisticModel(buf.getDouble(), buf.getDouble());
        }
      };

  static final ModelBundleFile FORMAT = new ModelBundleFile(List.of(FEATURES), List.of(MODEL));

  static ChurnModelBundle bundle(double scale, double w, double b) {
    return new ChurnModelBundle(
        new ScaledFeatures(scale),
        new LogisticModel(w, b),
        Map.of("trainer", "hand", "metrics", "{\"rocAuc\":0.8}\nline two"));
  }

  static List<Customer> customers() {
    List<Customer> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(Customer.builder("c" + i).numeric("risk", i / 7.0 - 1.3).build());
    }
    return out;
  }
}

package io.retention.core.analysis;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.EventType;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.Recommendation;
import io.retention.core.domain.RfmScore;
import io.retention.core.explain.LinearShapExplainer;
import io.retention.core.port.out.ActivitySource;
import io.retention.core.port.out.CatalogSource;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.FittedSignals;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.Recommender;
import io.retention.core.port.out.RecommenderFactory;
import io.retention.core.port.out.SignalPipeline;
import io.retention.core.strategy.BehaviourFlag;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.testing.FarthestFirstSegmenter;
import io.retention.core.testing.TestCustomers;
import io.retention.core.training.CalibratedChurnModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Small stand-ins for every port the analysis drives, built from the core alone, so that the run's
 * chain is tested without any backend: the two numeric attributes of {@link
 * TestCustomers#SMALL_SCHEMA} as features, a logistic regression by gradient descent, RFM-like
 * scores from fixed cut points, farthest-first segments and a most-watched recommender.
 */
final class PortFakes {
  private PortFakes() {}

  static final FeatureSchema FEATURES = FeatureSchema.of("days_since_login", "monthly_fee");

  /** A source over a fixed list, read again on every pass. */
  static CustomerSource source(List<Customer> customers) {
    return new CustomerSource() {
      @Override
      public CustomerSchema schema() {
        return TestCustomers.SMALL_SCHEMA;
      }

      @Override
      public Stream<Customer> customers() {
        return customers.stream();
      }
    };
  }

  /** The service over the fakes, with the given recommender factory. */
  static RetentionAnalysis analysis(RecommenderFactory recommenders) {
    return new RetentionAnalysis(
        training -> new RawFeatures(),
        List.of(new LogisticTrainer("fake-logistic", 0.5), new LogisticTrainer("fake-flat", 0.0)),
        new CutPointSignals(),
        (List<String> features, long seed) -> new FarthestFirstSegmenter(),
        PortFakes::explainer,
        recommenders,
        RetentionEngine.withDefaults());
  }

  static Optional<io.retention.core.explain.BatchChurnExplainer> explainer(
      ChurnModel model, FeatureMatrix background) {
    if (CalibratedChurnModel.uncalibrated(model) instanceof Logistic l) {
      return Optional.of(LinearShapExplainer.of(FEATURES, l.weights, l.bias, background));
    }
    return Optional.empty();
  }

  /** Titles {@code t0 … t(n-1)}, alternating genres and types. */
  static CatalogSource catalog(int n) {
    List<ContentItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(
          ContentItem.builder(
                  "t" + i, "Title " + i, i % 2 == 0 ? ContentType.MOVIE : ContentType.TV_SHOW)
              .genres(List.of(i % 3 == 0 ? "Dramas" : "Comedies"))
              .releaseYear(2000 + i % 5)
              .build());
    }
    return items::stream;
  }

  /** One watch per customer: title {@code t0} for every other customer, the rest spread out. */
  static ActivitySource watches(List<Customer> customers, int titles) {
    return () -> {
      List<ActivityEvent> events = new ArrayList<>();
      for (int i = 0; i < customers.size(); i++) {
        int title = i % 2 == 0 ? 0 : i % titles;
        events.add(
            ActivityEvent.about(
                customers.get(i).id(),
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i),
                EventType.WATCH,
                30,
                ContentId.of("t" + title)));
      }
      return events.stream();
    };
  }

  /** Recommends the most-watched titles, the same for everyone. */
  static final RecommenderFactory MOST_WATCHED =
      (catalog, schema) ->
          new RecommenderFactory.Builder() {
            private final Map<ContentId, Integer> counts = new HashMap<>();

            @Override
            public void add(ActivityEvent event) {
              event.content().ifPresent(c -> counts.merge(c, 1, Integer::sum));
            }

            @Override
            public Recommender build() {
              List<ContentItem> ranked = new ArrayList<>(catalog);
              ranked.sort(
                  Comparator.comparingInt((ContentItem t) -> -counts.getOrDefault(t.id(), 0))
                      .thenComparing(t -> t.id().value()));
              return (customer, n) ->
                  ranked.stream()
                      .limit(n)
                      .map(
                          t ->
                              new Recommendation(
                                  t.id(), t.title(), counts.getOrDefault(t.id(), 0), "popular"))
                      .toList();
            }
          };

  /** The two numeric attributes as they are. */
  static final class RawFeatures implements FittedFeatures {
    @Override
    public FeatureSchema schema() {
      return FEATURES;
    }

    @Override
    public FeatureVector transform(Customer c) {
      return FeatureVector.of(
          FEATURES,
          c.numericValue("days_since_login").orElse(0),
          c.numericValue("monthly_fee").orElse(0));
    }

    @Override
    public List<FeatureDescription> describe() {
      return FEATURES.names().stream()
          .map(n -> new FeatureDescription(n, List.of(n), n, ""))
          .toList();
    }

    @Override
    public List<String> fitNotes() {
      return List.of();
    }
  }

  /**
   * Logistic regression by full-batch gradient descent on standardised features; {@code rate} 0
   * leaves every weight at 0, a model that knows nothing.
   */
  record LogisticTrainer(String name, double rate) implements ChurnTrainer {
    @Override
    public ChurnModel train(FeatureMatrix training, ProgressListener progress) {
      int n = training.size();
      int d = training.schema().size();
      double[] mean = new double[d];
      double[] sd = new double[d];
      for (int j = 0; j < d; j++) {
        double[] col = training.column(j);
        for (double v : col) {
          mean[j] += v / n;
        }
        for (double v : col) {
          sd[j] += (v - mean[j]) * (v - mean[j]) / n;
        }
        sd[j] = Math.max(Math.sqrt(sd[j]), 1e-9);
      }
      double[] w = new double[d];
      double b = 0;
      for (int step = 0; step < 300; step++) {
        double[] gw = new double[d];
        double gb = 0;
        for (int i = 0; i < n; i++) {
          double z = b;
          for (int j = 0; j < d; j++) {
            z += w[j] * (training.get(i, j) - mean[j]) / sd[j];
          }
          double y = training.labels().get(i) == ChurnLabel.CHURNED ? 1 : 0;
          double err = 1 / (1 + Math.exp(-z)) - y;
          gb += err / n;
          for (int j = 0; j < d; j++) {
            gw[j] += err * (training.get(i, j) - mean[j]) / sd[j] / n;
          }
        }
        b -= rate * gb;
        for (int j = 0; j < d; j++) {
          w[j] -= rate * gw[j];
        }
      }
      double[] raw = new double[d];
      double bias = b;
      for (int j = 0; j < d; j++) {
        raw[j] = w[j] / sd[j];
        bias -= w[j] * mean[j] / sd[j];
      }
      return new Logistic(raw, bias);
    }
  }

  /** {@code σ(w·x + b)} over {@link #FEATURES}. */
  record Logistic(double[] weights, double bias) implements ChurnModel {
    @Override
    public FeatureSchema schema() {
      return FEATURES;
    }

    @Override
    public double probability(FeatureVector x) {
      double z = bias;
      for (int j = 0; j < weights.length; j++) {
        z += weights[j] * x.get(j);
      }
      return 1 / (1 + Math.exp(-z));
    }

    @Override
    public String description() {
      return "logistic";
    }
  }

  /** Recency from days since login, monetary from the fee; a flag past 45 idle days. */
  static final class CutPointSignals implements SignalPipeline {
    @Override
    public FittedSignals fit(CustomerSchema schema, List<Customer> sample) {
      return new FittedSignals() {
        @Override
        public boolean hasRfm() {
          return true;
        }

        @Override
        public Optional<RfmScore> rfm(Customer c) {
          double days = c.numericValue("days_since_login").orElse(0);
          int r = 5 - (int) Math.min(4, days / 12);
          int m = c.numericValue("monthly_fee").orElse(0) > 15 ? 5 : 2;
          return Optional.of(new RfmScore(r, 3, m, r >= 4 ? "Champions" : "At Risk"));
        }

        @Override
        public Set<BehaviourFlag> flags(Customer c) {
          return c.numericValue("days_since_login").orElse(0) > 45
              ? EnumSet.of(BehaviourFlag.HIGH_INACTIVITY)
              : EnumSet.noneOf(BehaviourFlag.class);
        }

        @Override
        public double engagement(Customer c) {
          return (30 - c.numericValue("days_since_login").orElse(0)) / 17.0;
        }
      };
    }
  }
}

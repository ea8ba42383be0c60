package io.retention.examples.embed;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.core.application.TrainChurnModel;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.InputPolicy;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ProgressListener;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.features.FeaturesModule;
import io.retention.ml.tribuo.TribuoModule;
import java.util.List;
import java.util.stream.Stream;

/**
 * Embeds the library in a service with Guice: trains a churn model once at start-up, then scores
 * single customers on request. The README quotes the part between the tags, so it is compiled and
 * tested with every build.
 */
public final class EmbeddedScoring {
  private final ChurnModelBundle model;

  /**
   * Trains the service's model.
   *
   * @param schema the layout of the service's customer table
   * @param history labelled customers to learn from
   */
  public EmbeddedScoring(CustomerSchema schema, List<Customer> history) {
    // tag::embed[]
    Injector injector =
        Guice.createInjector(
            new FeaturesModule(), // FeaturePipeline: the standard feature set
            new TribuoModule(), // ChurnTrainer: logistic regression on Tribuo
            binder -> binder.bind(CustomerSchema.class).toInstance(schema));
    TrainChurnModel training = injector.getInstance(TrainChurnModel.class);
    ChurnModelBundle model = training.train(history, ProgressListener.NONE);
    // end::embed[]
    this.model = model;
  }

  /**
   * Scores one customer; safe to call from many request threads at once.
   *
   * @param customer the customer's current attributes
   * @return the churn probability
   * @throws io.retention.core.CustomerInputException when the customer's attributes do not match
   *     what the model was trained on, naming them
   */
  public ChurnScore score(Customer customer) {
    // The same features and model as in training; a request with a misspelt or missing attribute
    // is refused rather than scored with a guess.
    return model.score(customer, InputPolicy.STRICT).score();
  }

  /**
   * Trains on 2,000 generated customers and scores one more.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    SyntheticCustomers generator = new SyntheticCustomers(2_001, 7);
    List<Customer> history;
    try (Stream<Customer> customers = generator.customers()) {
      history = customers.limit(2_000).toList();
    }
    EmbeddedScoring service = new EmbeddedScoring(generator.schema(), history);
    ChurnScore score = service.score(generator.customer(2_000));
    System.out.printf(
        java.util.Locale.ROOT,
        "customer %s: churn probability %.3f%n",
        score.customer(),
        score.probability());
  }
}

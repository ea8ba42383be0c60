package io.retention.examples.runners;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.core.application.TrainChurnModel;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.Explanation;
import io.retention.core.explain.AttributeGrouping;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.CustomerReasons;
import io.retention.core.explain.Reason;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.ProgressListener;
import io.retention.features.FeaturesModule;
import io.retention.ml.tribuo.TribuoModule;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Explains one customer's churn risk: trains a logistic regression, computes the customer's exact
 * SHAP attributions and turns them into the few reasons that matter most, each in the customer's
 * own attribute values ({@code last_login_days = 45: +0.120 churn probability}).
 *
 * <p>Run with no arguments to explain the riskiest of the generated customers, or give a customers
 * CSV file, optionally a preset name or mapping file, and optionally a customer id:
 *
 * <pre>
 * java -cp retention-examples/target/retention.jar io.retention.examples.runners.ExplainCustomer \
 *     [customers.csv [netflix|telco|bank|mapping-file [customer-id]]]
 * </pre>
 */
public final class ExplainCustomer {
  /** How many reasons are shown. */
  public static final int REASONS = 3;

  /** How many customers form the explainer's background (the reference the reasons depart from). */
  public static final int BACKGROUND = 500;

  private ExplainCustomer() {}

  /**
   * An explained customer.
   *
   * @param score the churn probability
   * @param explanation every feature's SHAP contribution
   * @param reasons the strongest contributions grouped by attribute, strongest first
   */
  public record Result(ChurnScore score, Explanation explanation, List<Reason> reasons) {}

  /**
   * Trains on all customers and explains one.
   *
   * @param schema the customers' layout
   * @param customers labelled customers
   * @param customerId the customer to explain, or empty for the one with the highest probability
   * @return the explanation
   * @throws IllegalArgumentException if no customer has that id
   */
  public static Result run(CustomerSchema schema, List<Customer> customers, String customerId) {
    Injector injector =
        Guice.createInjector(
            new FeaturesModule(),
            new TribuoModule(),
            binder -> binder.bind(CustomerSchema.class).toInstance(schema));
    ChurnModelBundle bundle =
        injector.getInstance(TrainChurnModel.class).train(customers, ProgressListener.NONE);
    FittedFeatures features = bundle.features();

    Customer chosen =
        customerId.isEmpty()
            ? customers.stream()
                .max(Comparator.comparingDouble(c -> bundle.score(c).probability()))
                .orElseThrow()
            : customers.stream()
                .filter(c -> c.id().value().equals(customerId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));

    // Exact SHAP for the linear model, against a background of typical customers.
    BatchChurnExplainer explainer =
        injector
            .getInstance(ExplainerFactory.class)
            .forModel(
                bundle.model(),
                features.transformAll(customers.subList(0, Math.min(BACKGROUND, customers.size()))))
            .orElseThrow(() -> new IllegalStateException("no explainer for " + bundle.model()));
    Explanation explanation = explainer.explain(features.transform(chosen));

    // Group one-hot and derived features back into the customer's own attributes.
    CustomerReasons reasons =
        new CustomerReasons(AttributeGrouping.of(features.schema(), features.describe()));
    return new Result(bundle.score(chosen), explanation, reasons.top(explanation, REASONS));
  }

  /**
   * Runs the example and prints the reasons.
   *
   * @param args optional: customers CSV file, preset or mapping file, customer id
   */
  public static void main(String[] args) {
    RunnerInput input =
        RunnerInput.fromArgs(args.length > 2 ? new String[] {args[0], args[1]} : args);
    Result r = run(input.schema(), input.customers(), args.length > 2 ? args[2] : "");
    System.out.printf(
        Locale.ROOT,
        "customer %s (from %s): churn probability %.3f, base value %.3f (%s)%n",
        r.score().customer().value(),
        input.source(),
        r.score().probability(),
        r.explanation().baseValue(),
        r.explanation().space().unit());
    for (Reason reason : r.reasons()) {
      System.out.println("  " + reason.phrase());
    }
  }
}

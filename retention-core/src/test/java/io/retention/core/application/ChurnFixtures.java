package io.retention.core.application;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.FittedFeatures;
import java.util.ArrayList;
import java.util.List;

/**
 * Small fixtures for the application-service tests: customers with one numeric attribute, {@code
 * risk}, and hand-written fakes that turn it into a feature and use that feature as the churn
 * probability, so expected scores can be read straight off the fixture.
 */
final class ChurnFixtures {
  static final String RISK = "risk";
  static final FeatureSchema RISK_SCHEMA = FeatureSchema.of(RISK);

  private ChurnFixtures() {}

  static Customer labelled(String id, double risk, boolean churned) {
    return Customer.builder(id).numeric(RISK, risk).churned(churned).build();
  }

  static Customer unlabelled(String id, double risk) {
    return Customer.builder(id).numeric(RISK, risk).build();
  }

  /**
   * {@code churned} churned customers named {@code c0, c1, …} with risk {@code churnedRisk}, then
   * {@code retained} retained customers named {@code r0, r1, …} with risk {@code retainedRisk}.
   */
  static List<Customer> population(
      int churned, double churnedRisk, int retained, double retainedRisk) {
    List<Customer> out = new ArrayList<>();
    for (int i = 0; i < churned; i++) {
      out.add(labelled("c" + i, churnedRisk, true));
    }
    for (int i = 0; i < retained; i++) {
      out.add(labelled("r" + i, retainedRisk, false));
    }
    return out;
  }

  /** Fitted features with a single feature: the customer's {@code risk} attribute. */
  static final class RiskFeatures implements FittedFeatures {
    @Override
    public FeatureSchema schema() {
      return RISK_SCHEMA;
    }

    @Override
    public FeatureVector transform(Customer customer) {
      return FeatureVector.of(RISK_SCHEMA, customer.numericValue(RISK).orElseThrow());
    }

    @Override
    public List<FeatureDescription> describe() {
      return List.of(new FeatureDescription(RISK, List.of(RISK), RISK, ""));
    }

    @Override
    public List<String> fitNotes() {
      return List.of();
    }
  }

  /** A model whose churn probability is the {@code risk} feature itself. */
  static final class RiskModel implements ChurnModel {
    @Override
    public FeatureSchema schema() {
      return RISK_SCHEMA;
    }

    @Override
    public double probability(FeatureVector features) {
      return features.get(RISK);
    }

    @Override
    public String description() {
      return "risk-as-probability";
    }
  }
}

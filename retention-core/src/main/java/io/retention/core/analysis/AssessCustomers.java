package io.retention.core.analysis;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.InputPolicy;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.strategy.BehaviourFlag;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.RetentionEngine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places customers with what a run saved: the driving port a host's service calls to score and plan
 * one customer at a time, and the one the {@code plan} command and the dashboard's lookup use, so
 * that they give the same probability, RFM label, flags, engagement, segment and action as the run
 * that made the model. Spend and tenure are read as the run reads them (a missing or negative value
 * counts as 0). Immutable and thread-safe.
 */
public final class AssessCustomers {
  private final RetentionModel model;
  private final RetentionEngine engine;
  private final Optional<String> spend;
  private final Optional<String> tenure;
  private final InputPolicy policy;

  /**
   * Creates the service, strict about customers' attributes ({@link InputPolicy#STRICT}).
   *
   * @param model the run's model
   * @param schema the customers' layout, the one the run read
   * @param engine plans each customer
   */
  public AssessCustomers(RetentionModel model, CustomerSchema schema, RetentionEngine engine) {
    this.model = Objects.requireNonNull(model, "model");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.spend = schema.attribute(AttributeRole.SPEND);
    this.tenure = schema.attribute(AttributeRole.TENURE);
    this.policy = InputPolicy.STRICT;
  }

  private AssessCustomers(AssessCustomers base, InputPolicy policy) {
    this.model = base.model;
    this.engine = base.engine;
    this.spend = base.spend;
    this.tenure = base.tenure;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * This service with another input policy: {@link InputPolicy#LENIENT} places a customer whose
   * attributes do not match the model (imputing, ignoring) and reports it in {@link
   * CustomerAssessment#inputs}.
   *
   * @param value the policy
   * @return the service
   */
  public AssessCustomers withInputPolicy(InputPolicy value) {
    return new AssessCustomers(this, value);
  }

  /**
   * Places one customer, without drivers or titles.
   *
   * @param customer the customer's raw attributes
   * @return the assessment
   * @throws io.retention.core.CustomerInputException when the policy is strict and the customer's
   *     attributes do not match the model's inputs, naming them
   */
  public CustomerAssessment assess(Customer customer) {
    return assess(customer, Optional.empty(), List.of());
  }

  /**
   * Places one customer with the explanation of its score and the titles recommended to it, which
   * the policy's rules may read; the plan keeps as many of the explanation's drivers as the
   * engine's configuration says, as the run does.
   *
   * @param customer the customer's raw attributes
   * @param explanation the explanation of its churn score, if one was made
   * @param titles the recommended titles' names, best first; may be empty
   * @return the assessment
   * @throws io.retention.core.CustomerInputException when the policy is strict and the customer's
   *     attributes do not match the model's inputs, naming them
   */
  public CustomerAssessment assess(
      Customer customer, Optional<Explanation> explanation, List<String> titles) {
    ChurnModelBundle.CheckedScore checked = model.churn().score(customer, policy);
    ChurnScore score = checked.score();
    Optional<RfmScore> rfm = model.signals().rfm(customer);
    Set<BehaviourFlag> flags = model.signals().flags(customer);
    double engagement = model.signals().engagement(customer);
    Segment segment = model.segmentation().assign(customer);
    CustomerSignals.Builder b =
        PlanInputs.signals(
                customer.id(),
                score.probability(),
                Attributes.nonNegative(Attributes.value(customer, spend)),
                Attributes.nonNegative(Attributes.value(customer, tenure)),
                engagement,
                rfm.map(RfmScore::label).orElse(RetentionPlan.UNKNOWN),
                flags,
                segment.name())
            .recommendedTitles(titles);
    explanation.ifPresent(e -> b.drivers(e, engine.config().driversKept()));
    RetentionPlan plan = engine.plan(b.build());
    return new CustomerAssessment(score, rfm, flags, engagement, segment, plan, checked.inputs());
  }

  /**
   * The model the service places customers with.
   *
   * @return the model
   */
  public RetentionModel model() {
    return model;
  }
}

package io.retention.examples.cli;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.RfmScore;
import io.retention.core.strategy.BehaviourFlag;
import io.retention.features.BehaviouralConfig;
import io.retention.features.BehaviouralFeatures;
import io.retention.features.BehaviouralFlags;
import io.retention.features.FittedBehaviouralFeatures;
import io.retention.features.FittedRfm;
import io.retention.features.RfmConfig;
import io.retention.features.RfmFeatures;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RFM scores and behavioural flags of the customers a command works on, fitted on those customers
 * with the features module's defaults, when the table has the roles they need.
 */
final class CustomerFacts {
  private final Optional<FittedRfm> rfm;
  private final Optional<FittedBehaviouralFeatures> behaviour;

  private CustomerFacts(Optional<FittedRfm> rfm, Optional<FittedBehaviouralFeatures> behaviour) {
    this.rfm = rfm;
    this.behaviour = behaviour;
  }

  /**
   * Fits RFM and the behavioural flags where the layout allows.
   *
   * @param schema the layout
   * @param customers the customers, at least one
   * @return the facts
   */
  static CustomerFacts fit(CustomerSchema schema, List<Customer> customers) {
    boolean recency = schema.attribute(AttributeRole.RECENCY).isPresent();
    boolean usage = schema.attribute(AttributeRole.USAGE).isPresent();
    boolean rfmRoles =
        recency
            && schema.attribute(AttributeRole.SPEND).isPresent()
            && (usage || schema.attribute(AttributeRole.FREQUENCY).isPresent());
    boolean behaviourRoles =
        recency || usage || schema.attribute(AttributeRole.DAILY_USAGE).isPresent();
    return new CustomerFacts(
        rfmRoles
            ? Optional.of(new RfmFeatures(schema, RfmConfig.DEFAULTS).fit(customers))
            : Optional.empty(),
        behaviourRoles
            ? Optional.of(
                new BehaviouralFeatures(schema, BehaviouralConfig.DEFAULTS).fit(customers))
            : Optional.empty());
  }

  /**
   * Every customer's RFM score.
   *
   * @param customers the customers
   * @return the scores by customer, empty without RFM roles
   */
  Map<CustomerId, RfmScore> rfmScores(List<Customer> customers) {
    Map<CustomerId, RfmScore> out = new LinkedHashMap<>();
    rfm.ifPresent(r -> customers.forEach(c -> out.put(c.id(), r.score(c))));
    return out;
  }

  /**
   * A customer's RFM score.
   *
   * @param customer the customer
   * @return the score, empty without RFM roles
   */
  Optional<RfmScore> rfm(Customer customer) {
    return rfm.map(r -> r.score(customer));
  }

  /**
   * A customer's behavioural flags, as the retention engine's flags.
   *
   * @param customer the customer
   * @return the flags that hold, empty without behavioural roles
   */
  Set<BehaviourFlag> flags(Customer customer) {
    Set<BehaviourFlag> out = EnumSet.noneOf(BehaviourFlag.class);
    if (behaviour.isPresent()) {
      BehaviouralFlags f = behaviour.get().flags(customer);
      if (f.lowEngagement()) {
        out.add(BehaviourFlag.LOW_ENGAGEMENT);
      }
      if (f.highInactivity()) {
        out.add(BehaviourFlag.HIGH_INACTIVITY);
      }
      if (f.priceSensitive()) {
        out.add(BehaviourFlag.PRICE_SENSITIVE);
      }
    }
    return out;
  }
}

package io.retention.core.strategy;

import io.retention.core.domain.RetentionAction;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of a {@link RetentionPolicy}: when every condition holds, recommend the action.
 *
 * @param name a stable name, recorded in each plan the rule decides, such as {@code
 *     high-value-at-risk}
 * @param when the conditions, all of which must hold; an empty list always holds
 * @param action the action to recommend
 */
public record Rule(String name, List<Condition> when, RetentionAction action) {

  /** Checks and copies the fields. */
  public Rule {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("rule name must not be blank");
    }
    when = List.copyOf(when);
    Objects.requireNonNull(action, "action");
  }

  /**
   * A rule that always holds, for the end of a policy.
   *
   * @param name the rule's name
   * @param action the action
   * @return the rule
   */
  public static Rule otherwise(String name, RetentionAction action) {
    return new Rule(name, List.of(), action);
  }

  /**
   * Whether the rule fires for a customer.
   *
   * @param customer the assessed customer
   * @return true if every condition holds
   */
  public boolean matches(Assessment customer) {
    for (int i = 0; i < when.size(); i++) { // indexed: no iterator on the hot path
      if (!when.get(i).test(customer)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The drivers that made the rule fire: those the conditions matched, in the customer's driver
   * order (most important first), without repeats.
   *
   * @param customer a customer the rule {@linkplain #matches matches}
   * @return the driver names, possibly empty
   */
  public List<String> matchedDrivers(Assessment customer) {
    List<String> first = List.of();
    Set<String> matched = null;
    for (int i = 0; i < when.size(); i++) {
      List<String> m = when.get(i).matchedDrivers(customer);
      if (m.isEmpty()) {
        continue;
      }
      if (first.isEmpty()) {
        first = m;
      } else {
        if (matched == null) {
          matched = new HashSet<>(first);
        }
        matched.addAll(m);
      }
    }
    return matched == null ? first : Condition.inDriverOrder(matched, customer);
  }

  /**
   * The rule in words, such as {@code high-value-at-risk: risk in [HIGH] and CLV >= 300.0 ->
   * PERSONAL_OUTREACH_DISCOUNT}.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(name).append(": ");
    if (when.isEmpty()) {
      sb.append("always");
    }
    for (int i = 0; i < when.size(); i++) {
      sb.append(i == 0 ? "" : " and ").append(when.get(i).describe());
    }
    return sb.append(" -> ").append(action.code()).toString();
  }
}

package io.retention.core.strategy;

import io.retention.core.domain.Contribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How conditions look at a customer's churn drivers: which of the first drivers raise risk and
 * match a feature-name prefix ({@link Condition.DriverAmong}), and the drivers that make any of
 * several alternatives hold ({@link Condition.AnyOf}), in the customer's driver order. Stateless.
 */
final class DriverMatching {
  private DriverMatching() {}

  /**
   * Whether one of the customer's first {@code topK} drivers raises risk and starts with a prefix.
   *
   * @param prefixes the feature-name prefixes
   * @param topK how many of the customer's drivers to look at
   * @param customer the assessed customer
   * @return true if one does
   */
  static boolean any(List<String> prefixes, int topK, Assessment customer) {
    List<Contribution> drivers = customer.customer().drivers();
    int n = Math.min(topK, drivers.size());
    for (int i = 0; i < n; i++) {
      if (matches(prefixes, drivers.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The customer's first {@code topK} drivers that raise risk and start with a prefix.
   *
   * @param prefixes the feature-name prefixes
   * @param topK how many of the customer's drivers to look at
   * @param customer the assessed customer
   * @return their feature names, most important first
   */
  static List<String> matching(List<String> prefixes, int topK, Assessment customer) {
    List<Contribution> drivers = customer.customer().drivers();
    int n = Math.min(topK, drivers.size());
    String first = null;
    String[] more = null;
    int found = 0;
    for (int i = 0; i < n; i++) {
      if (matches(prefixes, drivers.get(i))) {
        if (found == 0) {
          first = drivers.get(i).feature();
        } else {
          if (more == null) {
            more = new String[n];
            more[0] = first;
          }
          more[found] = drivers.get(i).feature();
        }
        found++;
      }
    }
    if (found == 0) {
      return List.of();
    }
    return found == 1 ? List.of(first) : List.of(Arrays.copyOf(more, found));
  }

  private static boolean matches(List<String> prefixes, Contribution c) {
    if (!(c.contribution() > 0.0)) {
      return false;
    }
    String feature = c.feature();
    for (int i = 0; i < prefixes.size(); i++) {
      if (feature.startsWith(prefixes.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The drivers of every alternative that holds, without repeats, in order.
   *
   * @param alternatives the alternatives
   * @param customer the assessed customer
   * @return the names of the matching drivers
   */
  static List<String> ofAlternatives(List<Condition> alternatives, Assessment customer) {
    List<String> first = List.of();
    Set<String> all = null;
    for (int i = 0; i < alternatives.size(); i++) {
      Condition c = alternatives.get(i);
      List<String> m = c.test(customer) ? c.matchedDrivers(customer) : List.of();
      if (m.isEmpty()) {
        continue;
      }
      if (first.isEmpty()) {
        first = m;
      } else {
        if (all == null) {
          all = new LinkedHashSet<>(first);
        }
        all.addAll(m);
      }
    }
    return all == null ? first : inDriverOrder(all, customer);
  }

  /**
   * Driver names in the customer's driver order.
   *
   * @param names the names to order
   * @param customer the customer whose drivers give the order
   * @return the names that are among the customer's drivers, most important first
   */
  static List<String> inDriverOrder(Set<String> names, Assessment customer) {
    List<String> out = new ArrayList<>(names.size());
    for (Contribution d : customer.customer().drivers()) {
      if (names.contains(d.feature())) {
        out.add(d.feature());
      }
    }
    return List.copyOf(out);
  }
}

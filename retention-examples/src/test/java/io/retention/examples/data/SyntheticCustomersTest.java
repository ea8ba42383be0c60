package io.retention.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.CustomerSourceContract;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.CustomerSource;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCustomersTest extends CustomerSourceContract {

  private static final List<Customer> SAMPLE =
      new SyntheticCustomers(5000, 42).customers().toList();

  @Override
  protected CustomerSource createSource() {
    return new SyntheticCustomers(200, 42);
  }

  @Test
  void theSameSeedGivesTheSameCustomersAndAnotherSeedOthers() {
    assertEquals(
        new SyntheticCustomers(50, 1).customers().toList(),
        new SyntheticCustomers(50, 1).customers().toList());
    assertNotEquals(
        new SyntheticCustomers(50, 1).customers().toList(),
        new SyntheticCustomers(50, 2).customers().toList());
  }

  @Test
  void aCustomerDoesNotDependOnHowManyAreGenerated() {
    assertEquals(
        new SyntheticCustomers(10, 3).customer(9), new SyntheticCustomers(1000, 3).customer(9));
  }

  @Test
  void aboutAThirdChurn() {
    double rate = SAMPLE.stream().filter(Customer::churned).count() / (double) SAMPLE.size();
    assertTrue(rate > 0.25 && rate < 0.40, "churn rate " + rate);
  }

  @Test
  void valuesFollowTheNetflixChurnLayout() {
    for (Customer c : SAMPLE) {
      double fee = c.numericValue("monthly_fee").orElseThrow();
      String plan = c.categoricalValue("subscription_type").orElseThrow();
      assertEquals(
          fee, SyntheticCustomers.FEES[List.of(SyntheticCustomers.PLANS).indexOf(plan)], 0.0);
      double login = c.numericValue("last_login_days").orElseThrow();
      assertTrue(login >= 0 && login <= 60, "last_login_days " + login);
      double profiles = c.numericValue("number_of_profiles").orElseThrow();
      assertTrue(profiles >= 1 && profiles <= 5, "profiles " + profiles);
      double tenure = c.numericValue("tenure_months").orElseThrow();
      assertTrue(tenure >= 1 && tenure <= 72, "tenure " + tenure);
    }
    Set<String> genres =
        SAMPLE.stream()
            .map(c -> c.categoricalValue("favorite_genre").orElseThrow())
            .collect(Collectors.toSet());
    assertEquals(Set.of(SyntheticCustomers.GENRES), genres);
  }

  @Test
  void ageIsMissingForAboutTwoPercent() {
    long missing = SAMPLE.stream().filter(c -> c.numericValue("age").isEmpty()).count();
    assertTrue(missing > 50 && missing < 150, missing + " of 5000 without age");
  }

  @Test
  void lessEngagedCustomersChurnMore() {
    double lowWatch = churnRate(c -> c.numericValue("avg_watch_time_per_day").orElseThrow() < 1.0);
    double highWatch = churnRate(c -> c.numericValue("avg_watch_time_per_day").orElseThrow() > 2.5);
    assertTrue(lowWatch > highWatch + 0.2, lowWatch + " vs " + highWatch);
  }

  @Test
  void aCountBelowOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SyntheticCustomers(0, 1));
  }

  private static double churnRate(java.util.function.Predicate<Customer> group) {
    List<Customer> g = SAMPLE.stream().filter(group).toList();
    return g.stream().filter(Customer::churned).count() / (double) g.size();
  }
}

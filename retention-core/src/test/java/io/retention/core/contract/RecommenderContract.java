package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ContentId;
import io.retention.core.domain.Customer;
import io.retention.core.domain.Recommendation;
import io.retention.core.port.out.Recommender;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link Recommender} promises. */
public abstract class RecommenderContract {

  /**
   * The recommender under test, over a catalog of at least 10 titles.
   *
   * @return the recommender
   */
  protected abstract Recommender createRecommender();

  /**
   * Customers to recommend for: some with a history, at least one the recommender never saw.
   *
   * @return the customers
   */
  protected abstract List<Customer> customers();

  /**
   * The titles a customer has already seen.
   *
   * @param customer the customer
   * @return their titles, empty for an unknown customer
   */
  protected abstract Set<ContentId> seenBy(Customer customer);

  @Test
  void givesAtMostNDistinctTitlesEachWithAReason() {
    Recommender r = createRecommender();
    for (Customer c : customers()) {
      List<Recommendation> recs = r.recommend(c, 5);
      assertTrue(recs.size() <= 5);
      assertFalse(recs.isEmpty(), "nothing for " + c.id());
      Set<ContentId> distinct = new HashSet<>();
      for (Recommendation rec : recs) {
        assertTrue(distinct.add(rec.content()), "duplicate " + rec.content());
        assertFalse(rec.reason().isBlank());
      }
    }
  }

  @Test
  void neverRecommendsWhatWasSeen() {
    Recommender r = createRecommender();
    for (Customer c : customers()) {
      for (Recommendation rec : r.recommend(c, 10)) {
        assertFalse(seenBy(c).contains(rec.content()), c.id() + " already saw " + rec.content());
      }
    }
  }

  @Test
  void theSameQueryGivesTheSameAnswerFromAnyThread() {
    Recommender r = createRecommender();
    List<List<Recommendation>> sequential =
        customers().stream().map(c -> r.recommend(c, 5)).toList();
    List<List<Recommendation>> parallel =
        IntStream.range(0, customers().size())
            .parallel()
            .mapToObj(i -> r.recommend(customers().get(i), 5))
            .toList();
    assertEquals(sequential, parallel);
  }

  @Test
  void askingForFewerThanOneIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> createRecommender().recommend(customers().get(0), 0));
  }
}

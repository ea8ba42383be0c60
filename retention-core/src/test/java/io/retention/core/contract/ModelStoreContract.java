package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ModelStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ModelStore} promises. */
public abstract class ModelStoreContract {

  /**
   * A fresh, empty store.
   *
   * @return the store under test
   */
  protected abstract ModelStore createStore();

  /**
   * A trained bundle the store can keep.
   *
   * @return a bundle
   */
  protected abstract ChurnModelBundle bundle();

  /**
   * Another trained bundle with the same kind of parts but different scores.
   *
   * @return a bundle
   */
  protected abstract ChurnModelBundle otherBundle();

  /**
   * Customers both bundles can score.
   *
   * @return customers
   */
  protected abstract List<Customer> customers();

  private double[] scores(ChurnModelBundle b) {
    return customers().stream().mapToDouble(c -> b.score(c).probability()).toArray();
  }

  @Test
  void aLoadedBundleScoresBitIdenticallyToTheSavedOne() {
    ModelStore store = createStore();
    ChurnModelBundle saved = bundle();
    store.save("churn", saved);
    ChurnModelBundle loaded = store.load("churn");
    assertArrayEquals(scores(saved), scores(loaded), 0.0);
    assertEquals(saved.features().schema(), loaded.features().schema());
    assertEquals(saved.model().description(), loaded.model().description());
  }

  @Test
  void theMetadataSurvivesTheRoundTrip() {
    ModelStore store = createStore();
    ChurnModelBundle saved = bundle();
    store.save("churn", saved);
    ChurnModelBundle loaded = store.load("churn");
    saved.metadata().forEach((k, v) -> assertEquals(v, loaded.metadata().get(k), k));
  }

  @Test
  void savingUnderAnExistingNameReplacesTheBundle() {
    ModelStore store = createStore();
    store.save("churn", bundle());
    store.save("churn", otherBundle());
    assertArrayEquals(scores(otherBundle()), scores(store.load("churn")), 0.0);
  }

  @Test
  void bundlesUnderDifferentNamesAreKeptApart() {
    ModelStore store = createStore();
    store.save("a", bundle());
    store.save("b", otherBundle());
    assertArrayEquals(scores(bundle()), scores(store.load("a")), 0.0);
    assertArrayEquals(scores(otherBundle()), scores(store.load("b")), 0.0);
  }

  @Test
  void loadingAnUnknownNameIsARetentionException() {
    assertThrows(RetentionException.class, () -> createStore().load("missing"));
  }
}

package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.contract.FeaturePipelineContract;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeFeaturePipelineTest extends FeaturePipelineContract {

  private static final List<Customer> CUSTOMERS = TestCustomersSchemas.netflixLike(150);

  @Override
  protected FeaturePipeline createPipeline() {
    return new CompositeFeaturePipeline(
        List.of(
            new TabularFeaturePipeline(
                TestCustomersSchemas.NETFLIX_LIKE, TabularFeatureConfig.DEFAULTS),
            new BehaviouralFeatures(TestCustomersSchemas.NETFLIX_LIKE, BehaviouralConfig.DEFAULTS),
            new RfmFeatures(TestCustomersSchemas.NETFLIX_LIKE, RfmConfig.DEFAULTS)));
  }

  @Override
  protected List<Customer> customers() {
    return CUSTOMERS;
  }

  @Test
  void partsAreConcatenatedInOrder() {
    FittedFeatures all = createPipeline().fit(CUSTOMERS);
    FittedFeatures rfm =
        new RfmFeatures(TestCustomersSchemas.NETFLIX_LIKE, RfmConfig.DEFAULTS).fit(CUSTOMERS);
    List<String> names = all.schema().names();
    assertEquals("watch_hours", names.get(0));
    assertEquals(rfm.schema().names(), names.subList(names.size() - 4, names.size()));
    Customer c = CUSTOMERS.get(7);
    assertEquals(rfm.transform(c).get("rfm_total"), all.transform(c).get("rfm_total"), 0.0);
  }

  @Test
  void aFeatureNameUsedByTwoPartsIsRejected() {
    FeaturePipeline rfm = new RfmFeatures(TestCustomersSchemas.NETFLIX_LIKE, RfmConfig.DEFAULTS);
    FeaturePipeline twice = new CompositeFeaturePipeline(List.of(rfm, rfm));
    assertThrows(IllegalArgumentException.class, () -> twice.fit(CUSTOMERS));
  }

  @Test
  void noPartsIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new CompositeFeaturePipeline(List.of()));
  }
}

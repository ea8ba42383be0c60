package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link FeaturePipeline} promises. */
public abstract class FeaturePipelineContract {

  /**
   * The pipeline under test, configured for {@link #customers()}.
   *
   * @return a pipeline
   */
  protected abstract FeaturePipeline createPipeline();

  /**
   * At least 50 labelled customers the pipeline can be fitted on; their ids are distinct.
   *
   * @return the customers
   */
  protected abstract List<Customer> customers();

  @Test
  void fittingOnNoCustomersIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> createPipeline().fit(List.of()));
  }

  @Test
  void transformGivesOneFiniteValuePerFeatureOfTheSchema() {
    FittedFeatures fitted = createPipeline().fit(customers());
    assertFalse(fitted.schema().names().isEmpty());
    for (Customer c : customers()) {
      FeatureVector v = fitted.transform(c);
      assertEquals(fitted.schema(), v.schema());
    }
  }

  @Test
  void transformAllMatchesTransformOneByOneAndKeepsLabels() {
    FittedFeatures fitted = createPipeline().fit(customers());
    FeatureMatrix matrix = fitted.transformAll(customers());
    for (int i = 0; i < customers().size(); i++) {
      assertEquals(fitted.transform(customers().get(i)), matrix.row(i));
      assertEquals(customers().get(i).label(), matrix.labels().get(i));
      assertEquals(customers().get(i).id(), matrix.ids().get(i));
    }
  }

  @Test
  void fittedStatisticsDoNotDependOnTrainingOrder() {
    List<Customer> shuffled = new ArrayList<>(customers());
    Collections.shuffle(shuffled, new Random(7));
    FittedFeatures a = createPipeline().fit(customers());
    FittedFeatures b = createPipeline().fit(shuffled);
    assertEquals(a.schema(), b.schema());
    for (Customer c : customers()) {
      assertArrayEquals(a.transform(c).toArray(), b.transform(c).toArray(), 0.0);
    }
  }

  @Test
  void fittedFeaturesAreLearnedOnceAndNotFromLaterCustomers() {
    List<Customer> all = customers();
    List<Customer> firstHalf = all.subList(0, all.size() / 2);
    FittedFeatures fitted = createPipeline().fit(firstHalf);
    FeatureVector before = fitted.transform(all.get(0));
    fitted.transformAll(all); // transforming other customers must not change what was learned
    assertEquals(before, fitted.transform(all.get(0)));
  }

  @Test
  void theReportDescribesEveryFeatureInSchemaOrder() {
    FittedFeatures fitted = createPipeline().fit(customers());
    List<String> described = fitted.describe().stream().map(FeatureDescription::name).toList();
    assertEquals(fitted.schema().names(), described);
  }

  @Test
  void concurrentTransformsGiveTheSameResultAsSequentialOnes() {
    FittedFeatures fitted = createPipeline().fit(customers());
    List<FeatureVector> sequential = customers().stream().map(fitted::transform).toList();
    List<FeatureVector> parallel = customers().parallelStream().map(fitted::transform).toList();
    assertEquals(sequential, parallel);
  }
}

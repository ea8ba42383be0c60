package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.FittedFeatures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureSetCodecTest {

  private static final List<Customer> CUSTOMERS = TestCustomersSchemas.netflixLike(300);
  private final FeatureSetCodec codec = new FeatureSetCodec();

  @Test
  void theStandardFeatureSetRoundTripsToIdenticalFeatures() {
    FittedFeatures fitted =
        StandardFeatures.forSchema(TestCustomersSchemas.NETFLIX_LIKE, TabularFeatureConfig.DEFAULTS)
            .fit(CUSTOMERS);
    assertTrue(codec.supports(fitted));
    FittedFeatures loaded = codec.decode(codec.encode(fitted));
    assertEquals(fitted.schema(), loaded.schema());
    assertEquals(fitted.describe(), loaded.describe());
    assertEquals(fitted.fitNotes(), loaded.fitNotes());
    for (Customer c : CUSTOMERS) {
      assertEquals(fitted.transform(c), loaded.transform(c), c.id().value());
    }
  }

  @Test
  void singleBehaviouralAndRfmPartsKeepFlagsAndScores() {
    FittedBehaviouralFeatures behaviour =
        new BehaviouralFeatures(TestCustomersSchemas.NETFLIX_LIKE, BehaviouralConfig.DEFAULTS)
            .fit(CUSTOMERS);
    FittedRfm rfm =
        new RfmFeatures(TestCustomersSchemas.NETFLIX_LIKE, RfmConfig.DEFAULTS).fit(CUSTOMERS);
    FittedBehaviouralFeatures b2 =
        (FittedBehaviouralFeatures) codec.decode(codec.encode(behaviour));
    FittedRfm r2 = (FittedRfm) codec.decode(codec.encode(rfm));
    for (Customer c : CUSTOMERS) {
      assertEquals(behaviour.flags(c), b2.flags(c));
      assertEquals(rfm.score(c), r2.score(c));
    }
  }

  @Test
  void contentFeaturesAreNotSupported() {
    FittedFeatures content =
        new ContentFeatures(
                TestCustomersSchemas.NETFLIX_LIKE,
                ContentFeaturesTest.CATALOG,
                io.retention.core.domain.GenreMapping.NETFLIX)
            .fit(CUSTOMERS);
    assertFalse(codec.supports(content));
    assertThrows(IllegalArgumentException.class, () -> codec.encode(content));
  }

  @Test
  void truncatedOrForeignBytesAreAClearError() {
    byte[] good =
        codec.encode(
            new RfmFeatures(TestCustomersSchemas.NETFLIX_LIKE, RfmConfig.DEFAULTS).fit(CUSTOMERS));
    RetentionException e =
        assertThrows(
            RetentionException.class, () -> codec.decode(Arrays.copyOf(good, good.length / 2)));
    assertTrue(e.getMessage().startsWith("not a valid feature-set/1 encoding"), e.getMessage());
    assertThrows(RetentionException.class, () -> codec.decode(new byte[] {1, 2, 3}));
    assertThrows(
        RetentionException.class, () -> codec.decode(Arrays.copyOf(good, good.length + 1)));
  }
}

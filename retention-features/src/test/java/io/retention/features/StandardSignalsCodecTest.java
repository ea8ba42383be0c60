package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.FittedSignals;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardSignalsCodecTest {

  private static final List<Customer> CUSTOMERS = TestCustomersSchemas.netflixLike(300);
  private final StandardSignalsCodec codec = new StandardSignalsCodec();

  @Test
  void savedSignalsGiveEveryCustomerTheSameRfmFlagsAndEngagement() {
    FittedSignals fitted = new StandardSignals().fit(TestCustomersSchemas.NETFLIX_LIKE, CUSTOMERS);
    assertTrue(codec.supports(fitted));
    assertEquals(StandardSignalsCodec.FORMAT, codec.format());
    FittedSignals loaded = codec.decode(codec.encode(fitted));
    assertEquals(fitted.hasRfm(), loaded.hasRfm());
    assertTrue(loaded.hasRfm());
    int flagged = 0;
    for (Customer c : CUSTOMERS) {
      String id = c.id().value();
      assertEquals(fitted.rfm(c), loaded.rfm(c), id);
      assertEquals(fitted.flags(c), loaded.flags(c), id);
      assertEquals(fitted.engagement(c), loaded.engagement(c), 0.0, id);
      flagged += fitted.flags(c).isEmpty() ? 0 : 1;
    }
    assertTrue(flagged > 0, "the sample raises some flags, so the comparison means something");
  }

  @Test
  void customersFittedOnAnotherSampleAreNotRefitted() {
    FittedSignals fitted =
        new StandardSignals().fit(TestCustomersSchemas.NETFLIX_LIKE, CUSTOMERS.subList(0, 100));
    FittedSignals loaded = codec.decode(codec.encode(fitted));
    for (Customer c : CUSTOMERS.subList(100, 300)) {
      assertEquals(fitted.engagement(c), loaded.engagement(c), 0.0, c.id().value());
      assertEquals(fitted.rfm(c), loaded.rfm(c), c.id().value());
    }
  }

  @Test
  void otherSignalsAreNotSupported() {
    FittedSignals other =
        new FittedSignals() {
          @Override
          public boolean hasRfm() {
            return false;
          }

          @Override
          public java.util.Optional<io.retention.core.domain.RfmScore> rfm(Customer customer) {
            return java.util.Optional.empty();
          }

          @Override
          public java.util.Set<io.retention.core.strategy.BehaviourFlag> flags(Customer customer) {
            return java.util.Set.of();
          }

          @Override
          public double engagement(Customer customer) {
            return 0.0;
          }
        };
    assertFalse(codec.supports(other));
    assertThrows(IllegalArgumentException.class, () -> codec.encode(other));
  }

  @Test
  void truncatedOrPaddedBytesAreRefusedWithTheFormat() {
    byte[] good =
        codec.encode(new StandardSignals().fit(TestCustomersSchemas.NETFLIX_LIKE, CUSTOMERS));
    RetentionException truncated =
        assertThrows(
            RetentionException.class, () -> codec.decode(Arrays.copyOf(good, good.length - 3)));
    assertTrue(
        truncated.getMessage().contains(StandardSignalsCodec.FORMAT), truncated.getMessage());
    RetentionException padded =
        assertThrows(
            RetentionException.class, () -> codec.decode(Arrays.copyOf(good, good.length + 2)));
    assertTrue(padded.getMessage().contains("trailing"), padded.getMessage());
  }
}

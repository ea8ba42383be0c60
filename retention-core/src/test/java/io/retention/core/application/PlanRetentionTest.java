package io.retention.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import io.retention.core.port.out.PlanSink;
import io.retention.core.strategy.BehaviourFlag;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.PlanFilter;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.strategy.TargetingResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRetentionTest {

  /** Keeps what it is given, as a real sink would store it. */
  private static final class RecordingSink implements PlanSink {
    final List<List<RetentionPlan>> writes = new ArrayList<>();

    @Override
    public void write(List<RetentionPlan> plans) {
      writes.add(List.copyOf(plans));
    }
  }

  private static final List<CustomerSignals> CUSTOMERS =
      List.of(
          CustomerSignals.builder(CustomerId.of("low"), 0.1)
              .monthlySpend(15)
              .tenureMonths(3)
              .engagement(1)
              .build(),
          CustomerSignals.builder(CustomerId.of("vip"), 0.9)
              .monthlySpend(20)
              .tenureMonths(40)
              .segment("Loyal High-Value")
              .build(),
          CustomerSignals.builder(CustomerId.of("price"), 0.6)
              .monthlySpend(12)
              .tenureMonths(5)
              .flag(BehaviourFlag.PRICE_SENSITIVE)
              .build(),
          CustomerSignals.builder(CustomerId.of("idle"), 0.5)
              .monthlySpend(10)
              .tenureMonths(3)
              .flag(BehaviourFlag.HIGH_INACTIVITY)
              .build());

  private final RecordingSink sink = new RecordingSink();
  private final PlanRetention useCase = new PlanRetention(RetentionEngine.withDefaults(), sink);

  @Test
  void writesEveryPlanRankedByPriority() {
    List<RetentionPlan> plans = useCase.planAndWrite(CUSTOMERS, PlanFilter.ALL);

    assertEquals(
        List.of("vip", "price", "idle", "low"),
        plans.stream().map(p -> p.customer().value()).toList());
    assertEquals(List.of(plans), sink.writes);
  }

  @Test
  void writesOnlyThePlansTheFilterKeeps() {
    List<RetentionPlan> plans =
        useCase.planAndWrite(CUSTOMERS, PlanFilter.ALL.withRisks(RiskBucket.MEDIUM));

    assertEquals(List.of("price", "idle"), plans.stream().map(p -> p.customer().value()).toList());
    assertEquals(List.of(plans), sink.writes);
  }

  @Test
  void writesTheCustomersChosenWithinTheBudgetInContactOrder() {
    TargetingResult r = useCase.targetAndWrite(CUSTOMERS, PlanFilter.ALL, 30);

    assertTrue(r.spent() <= 30);
    assertEquals(1, sink.writes.size());
    assertEquals(r.contacts().stream().map(t -> t.plan()).toList(), sink.writes.get(0));
    assertTrue(
        sink.writes.get(0).stream().noneMatch(p -> p.customer().value().equals("low")),
        "a safe customer is not worth a retention budget");
  }

  @Test
  void aZeroBudgetWritesAnEmptyList() {
    TargetingResult r = useCase.targetAndWrite(CUSTOMERS, PlanFilter.ALL, 0);

    assertEquals(List.of(), r.contacts());
    assertEquals(List.of(List.of()), sink.writes);
  }

  @Test
  void anEmptyInputWritesAnEmptyList() {
    assertEquals(List.of(), useCase.planAndWrite(List.of(), PlanFilter.ALL));
    assertEquals(List.of(List.of()), sink.writes);
  }

  @Test
  void aSinkFailureReachesTheCaller() {
    RetentionException failure = new RetentionException("disk full");
    PlanRetention failing =
        new PlanRetention(
            RetentionEngine.withDefaults(),
            plans -> {
              throw failure;
            });

    RetentionException e =
        assertThrows(
            RetentionException.class, () -> failing.planAndWrite(CUSTOMERS, PlanFilter.ALL));
    assertSame(failure, e);
  }
}

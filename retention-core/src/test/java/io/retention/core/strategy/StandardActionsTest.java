package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.RetentionAction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardActionsTest {
  private static final List<RetentionAction> SAVING =
      List.of(
          StandardActions.PERSONAL_OUTREACH_DISCOUNT,
          StandardActions.PLAN_DOWNGRADE_OR_DISCOUNT,
          StandardActions.REENGAGEMENT_CAMPAIGN,
          StandardActions.PERSONALIZED_CONTENT,
          StandardActions.PREMIUM_RETENTION_PERKS);

  @Test
  void everyRetentionActionCostsSomethingAndSavesSomeone() {
    for (RetentionAction a : SAVING) {
      assertTrue(a.cost() > 0 && a.saveRate() > 0, a.toString());
    }
  }

  @Test
  void theMostExpensiveActionIsAlsoTheMostEffective() {
    RetentionAction outreach = StandardActions.PERSONAL_OUTREACH_DISCOUNT;
    for (RetentionAction a : SAVING) {
      assertTrue(a.cost() <= outreach.cost() && a.saveRate() <= outreach.saveRate(), a.code());
    }
  }

  @Test
  void upsellSavesNobodySoTargetingNeverSpendsOnIt() {
    assertEquals(0.0, StandardActions.UPSELL_CROSS_SELL.saveRate());
  }

  @Test
  void codesAreDistinct() {
    Set<String> codes = new HashSet<>();
    SAVING.forEach(a -> codes.add(a.code()));
    codes.add(StandardActions.UPSELL_CROSS_SELL.code());
    codes.add(RetentionAction.MAINTAIN.code());
    assertEquals(7, codes.size());
  }
}

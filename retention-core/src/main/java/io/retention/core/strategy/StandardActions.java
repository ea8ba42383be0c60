package io.retention.core.strategy;

import io.retention.core.domain.RetentionAction;

/**
 * The actions of the {@linkplain RetentionPolicy#defaultPreset() default policy}, with assumed
 * costs (per customer contacted, in the currency of spend) and save rates (the share of would-be
 * churners the action keeps). The figures are placeholders of a plausible order for a streaming
 * subscription of about 10–20 a month; replace them with your own measured costs and uplift (from
 * A/B tests) through {@link PresetConfig}.
 */
public final class StandardActions {
  private StandardActions() {}

  /** A call or message from an account manager with a discount: expensive and effective. */
  public static final RetentionAction PERSONAL_OUTREACH_DISCOUNT =
      new RetentionAction(
          "PERSONAL_OUTREACH_DISCOUNT",
          "Personal outreach by an account manager with a retention discount",
          25.0,
          0.35);

  /** Offer a cheaper plan or a time-limited discount to a price-sensitive customer. */
  public static final RetentionAction PLAN_DOWNGRADE_OR_DISCOUNT =
      new RetentionAction(
          "PLAN_DOWNGRADE_OR_DISCOUNT",
          "Offer a cheaper plan or a time-limited discount",
          8.0,
          0.25);

  /** An automated campaign that brings an inactive customer back. */
  public static final RetentionAction REENGAGEMENT_CAMPAIGN =
      new RetentionAction(
          "REENGAGEMENT_CAMPAIGN",
          "Re-engagement campaign (email and push) with what is new since the last visit",
          2.0,
          0.12);

  /** Personalised content suggestions built from the recommender's titles. */
  public static final RetentionAction PERSONALIZED_CONTENT =
      new RetentionAction(
          "PERSONALIZED_CONTENT",
          "Personalised content message featuring the recommended titles",
          1.0,
          0.10);

  /** Premium perks (early access, extra profile, free upgrade month) for valuable customers. */
  public static final RetentionAction PREMIUM_RETENTION_PERKS =
      new RetentionAction(
          "PREMIUM_RETENTION_PERKS",
          "Premium retention perks: early access, an extra profile or a free upgrade month",
          12.0,
          0.20);

  /** Upsell or cross-sell to a safe, engaged customer; it saves nobody, so targeting skips it. */
  public static final RetentionAction UPSELL_CROSS_SELL =
      new RetentionAction(
          "UPSELL_CROSS_SELL",
          "Upsell a higher plan or cross-sell an add-on to a safe, engaged customer",
          1.0,
          0.0);
}

/**
 * The retention strategy engine: pure domain logic that turns scored customers into decisions.
 *
 * <p>{@link io.retention.core.strategy.CustomerSignals} carries what upstream steps found about a
 * customer (churn probability, spend, tenure, engagement, segment, RFM label, behavioural flags,
 * SHAP drivers, recommended titles). The {@link io.retention.core.strategy.RetentionEngine} derives
 * the risk bucket, the lifetime value ({@link io.retention.core.strategy.ClvModel}), the expected
 * loss and the priority ({@link io.retention.core.strategy.StrategyConfig}), and lets a {@link
 * io.retention.core.strategy.RetentionPolicy} — ordered {@link io.retention.core.strategy.Rule}s
 * over a small vocabulary of {@link io.retention.core.strategy.Condition}s — choose the action.
 * {@link io.retention.core.strategy.PlanFilter} narrows the ranked list by risk, segment and RFM
 * label; {@link io.retention.core.strategy.BudgetTargeting} picks whom to contact under a budget.
 *
 * <p>Everything here is immutable or stateless, depends on the JDK and the domain model only, and
 * gives the same result whatever the input order or thread count.
 */
package io.retention.core.strategy;

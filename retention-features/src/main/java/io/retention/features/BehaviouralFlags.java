package io.retention.features;

/**
 * The behavioural flags of one customer, for retention rules.
 *
 * @param lowEngagement engagement at or below the configured training percentile
 * @param highInactivity recency at or above the configured training percentile
 * @param priceSensitive little use for the money, on a dear price per profile
 */
public record BehaviouralFlags(
    boolean lowEngagement, boolean highInactivity, boolean priceSensitive) {}

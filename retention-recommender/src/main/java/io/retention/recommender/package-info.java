/**
 * Recommenders: adapters for core's {@link io.retention.core.port.out.Recommender} port. {@link
 * io.retention.recommender.ContentIndex} holds TF-IDF vectors of catalog titles; {@link
 * io.retention.recommender.HybridRecommender} blends content similarity to a customer's history,
 * item-item co-occurrence and popularity, with a reason for every title.
 */
package io.retention.recommender;

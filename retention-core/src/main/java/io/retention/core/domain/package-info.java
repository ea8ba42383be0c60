/**
 * The domain model: customers, content, activity, features, scores, segments, explanations,
 * recommendations and retention plans.
 *
 * <p>Every type here is an immutable value that validates itself on construction, so an instance
 * that exists is a valid one. Values are safe to share between threads.
 */
package io.retention.core.domain;

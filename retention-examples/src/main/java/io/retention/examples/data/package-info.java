/**
 * Seeded synthetic data for the demo and the tests: customers that follow the Netflix
 * customer-churn layout, with a documented churn mechanism.
 */
package io.retention.examples.data;

/**
 * Seeded synthetic data for the demo and the tests, outside the hexagon as driven adapters:
 * customers in the Netflix customer-churn layout with a documented churn mechanism ({@link
 * io.retention.examples.data.SyntheticCustomers}), a title catalog ({@link
 * io.retention.examples.data.SyntheticCatalog}, a {@code CatalogSource}), their viewing events
 * ({@link io.retention.examples.data.SyntheticActivity}, an {@code ActivitySource}), and {@link
 * io.retention.examples.data.SyntheticWorld}, which bundles the three and writes them as CSV files
 * the project's readers read back. Everything is generated lazily from explicit seeds.
 */
package io.retention.examples.data;

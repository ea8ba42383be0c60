/**
 * Shared test fixtures: seeded customers and feature rows with a known signal, and the lookup of
 * the public datasets that sit beside the project. Published in retention-core's test-jar.
 */
package io.retention.core.testing;

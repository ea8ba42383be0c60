/**
 * Feature pipelines: adapters for core's {@link io.retention.core.port.out.FeaturePipeline} port.
 *
 * <p>{@link io.retention.features.TabularFeaturePipeline} turns a customer's numeric and
 * categorical attributes into model features, learning medians and category levels once in fit.
 * {@link io.retention.features.FeaturesModule} wires it into Guice.
 */
package io.retention.features;

/**
 * Driven ports: what the core needs from the outside world, implemented by adapter modules.
 *
 * <p>Sources ({@link io.retention.core.port.out.CustomerSource}, {@link
 * io.retention.core.port.out.CatalogSource}, {@link io.retention.core.port.out.ActivitySource})
 * bring data in; learners ({@link io.retention.core.port.out.FeaturePipeline}, {@link
 * io.retention.core.port.out.Segmenter}, {@link io.retention.core.port.out.ChurnTrainer}) fit
 * immutable models; sinks ({@link io.retention.core.port.out.ScoreSink}, {@link
 * io.retention.core.port.out.PlanSink}, {@link io.retention.core.port.out.ModelStore}) take results
 * out. Each port has a contract test in this module's test-jar that every implementation's tests
 * extend.
 */
package io.retention.core.port.out;

/**
 * Customer segmentation in the application core, independent of any clustering library: the
 * validation maths (inertia, elbow, silhouette, Davies–Bouldin, adjusted Rand index), a scan over
 * the number of segments, segment profiles in original units, and segment names whose every word is
 * true of the segment against the whole population, each with the rule text that gave it.
 *
 * <p>It drives the {@link io.retention.core.port.out.Segmenter} port: any backend that fits a
 * {@link io.retention.core.port.out.SegmentationModel} is validated, profiled and named the same
 * way. Pure Java, no dependency; everything random takes an explicit seed.
 */
package io.retention.core.segmentation;

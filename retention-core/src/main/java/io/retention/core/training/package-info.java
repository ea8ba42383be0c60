/**
 * Backend-independent training aids that wrap core's churn ports: class rebalancing applied to the
 * rows a trainer sees ({@link io.retention.core.training.Resampling}, {@link
 * io.retention.core.training.ResamplingTrainer}) and probability calibration fitted on out-of-fold
 * predictions ({@link io.retention.core.training.Calibration}, {@link
 * io.retention.core.training.CalibratedChurnModel}). Everything here is deterministic for a seed
 * and independent of row order.
 */
package io.retention.core.training;

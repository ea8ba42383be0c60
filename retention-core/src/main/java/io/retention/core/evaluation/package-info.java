/**
 * Backend-independent evaluation: splits and metrics that judge every churn model the same way,
 * whichever library trained it. Pure functions over arrays; no state.
 */
package io.retention.core.evaluation;

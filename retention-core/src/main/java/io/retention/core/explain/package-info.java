/**
 * Exact SHAP explanations, independent of any ML library: the core's implementations of the {@link
 * io.retention.core.port.out.ChurnExplainer} port and what turns explanations into reasons.
 *
 * <p>An adapter converts its fitted model into the structures here and hands them over: a logistic
 * model's weights and bias to {@link io.retention.core.explain.LinearShapExplainer} (exact SHAP in
 * log-odds space), a forest's trees, as {@link io.retention.core.explain.TreeNode}s with their node
 * covers, to {@link io.retention.core.explain.TreeEnsemble} and {@link
 * io.retention.core.explain.TreeShapExplainer} (path-dependent TreeSHAP) or {@link
 * io.retention.core.explain.InterventionalTreeShapExplainer} (exact against a bounded background
 * set). {@link io.retention.core.explain.AttributeGrouping} sums one-hot columns back to their
 * customer attribute, {@link io.retention.core.explain.CustomerReasons} turns an explanation into
 * the top reasons with a readable phrase, and {@link io.retention.core.explain.GlobalDrivers} ranks
 * features by mean |SHAP| over a sample.
 *
 * <p>Every explainer is immutable and safe to share between threads; every explanation adds up to
 * its prediction within {@link io.retention.core.explain.BatchChurnExplainer#MAX_RESIDUAL}.
 */
package io.retention.core.explain;

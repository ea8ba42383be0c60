/**
 * The local web dashboard over a results folder (a whole run's, or the step commands', whose
 * summary {@link io.retention.examples.dashboard.FolderResults} rebuilds from their outputs, also
 * for {@code retention report}): column-wise tables of the run's plans, customers and RFM scores,
 * churn predictions with SHAP reasons from the run's model bundle, a JSON API over them and four
 * pages (segments, prediction, retention actions, content) served by the JDK's embedded HTTP
 * server. A driving adapter of the hexagon: it reads what the pipeline wrote and calls the core's
 * scoring and explanation services.
 */
package io.retention.examples.dashboard;

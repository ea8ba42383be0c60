/**
 * The whole retention analysis as a library service: {@link
 * io.retention.core.analysis.RetentionAnalysis}, a driving port that runs from sources to sinks
 * through driven ports only, its configuration ({@link io.retention.core.analysis.RunConfig}),
 * inputs ({@link io.retention.core.analysis.RunInputs}) and summary ({@link
 * io.retention.core.analysis.RunSummary}), and an in-memory sink for tests and hosts. Each stage is
 * a package-private class with a typed input and output.
 */
package io.retention.core.analysis;

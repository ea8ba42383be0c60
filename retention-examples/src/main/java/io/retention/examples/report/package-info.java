/**
 * The run report: one self-contained HTML file ({@code report.html}) drawn from a run's {@link
 * io.retention.core.analysis.RunSummary} and the sections it lacks ({@link
 * io.retention.examples.report.ReportInput}), with every chart as inline SVG generated here, so the
 * file opens anywhere with no network and no script.
 *
 * <p>An outbound adapter of the examples module: it reads only the summary and writes only the
 * report file.
 */
package io.retention.examples.report;

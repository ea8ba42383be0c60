/**
 * One run of the whole pipeline and its results folder: the summary written to {@code
 * metrics.json}, and the files beside it, which the report and the dashboard read.
 */
package io.retention.examples.run;

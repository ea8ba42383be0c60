/**
 * CSV adapters, on the outside of the hexagon: sources that read customers ({@link
 * io.retention.adapters.csv.CsvCustomerSource}), the content catalog ({@link
 * io.retention.adapters.csv.CsvCatalogSource}) and activity events ({@link
 * io.retention.adapters.csv.CsvActivitySource}) from files, and sinks and writers that put every
 * result into files (scores, plans, explanations, recommendations, metrics), implementing core's
 * source and sink ports on Apache Commons CSV. No Commons CSV type appears in a public signature.
 *
 * <p>Files are read as RFC 4180 text with a header row, in UTF-8 unless told otherwise, with or
 * without a byte-order mark, with LF or CRLF line ends, row by row. A row that cannot be used is
 * reported with file, line, column, value and reason, and either stops reading or is set aside in
 * {@code <name>.rejected.csv} ({@link io.retention.adapters.csv.BadRowPolicy}); each pass ends with
 * a {@link io.retention.adapters.csv.ReadReport} in which rows read = accepted + rejected. Files
 * are written atomically: to a temporary file beside the target, then renamed over it.
 */
package io.retention.adapters.csv;

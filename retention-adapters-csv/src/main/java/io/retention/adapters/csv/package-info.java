/**
 * CSV adapters: read customers from CSV files ({@link io.retention.adapters.csv.CsvCustomerSource})
 * and write results to CSV files ({@link io.retention.adapters.csv.CsvScoreSink}), implementing
 * core's source and sink ports on Apache Commons CSV. No Commons CSV type appears in a public
 * signature.
 *
 * <p>Files are read as RFC 4180 CSV with a header row, in UTF-8 unless told otherwise, with or
 * without a byte-order mark, with LF or CRLF line ends. Files are written atomically: to a
 * temporary file beside the target, then renamed over it.
 */
package io.retention.adapters.csv;

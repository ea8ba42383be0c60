/**
 * The {@code retention} command line: a driving adapter that parses options with picocli, wires the
 * library with Guice and calls core's application services.
 */
package io.retention.examples.cli;

/**
 * The composition root: the only place where the library's modules are wired together and run.
 * Holds the {@code retention} command line, runner programs and the demo's data generator.
 */
package io.retention.examples;

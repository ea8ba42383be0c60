/** End-to-end checks of the core's explainers on generated customers and fitted features. */
package io.retention.examples.explain;

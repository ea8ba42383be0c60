/**
 * Persistence of trained model bundles with nothing but the JDK: {@link
 * io.retention.core.persistence.ModelBundleFile} writes and checks the single-file format (a ZIP
 * payload framed by a magic header, a format version and a SHA-256 checksum), and {@link
 * io.retention.core.persistence.FileModelStore} implements the {@link
 * io.retention.core.port.out.ModelStore} port on a directory. The parts of a bundle that belong to
 * adapters (the fitted features and the model) are encoded by the adapters' codecs.
 */
package io.retention.core.persistence;

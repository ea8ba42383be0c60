package io.retention.core.persistence;

import io.retention.core.RetentionIoException;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ModelStore;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@link ModelStore} that keeps each bundle as one {@link ModelBundleFile} named {@code
 * <name>.rbundle} in a directory. Saving writes a temporary file and moves it into place, so a
 * reader never sees half a bundle. Thread-safe.
 */
public final class FileModelStore implements ModelStore {
  /** The file-name extension of stored bundles. */
  public static final String EXTENSION = ".rbundle";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final Path directory;
  private final ModelBundleFile format;

  /**
   * Creates a store.
   *
   * @param directory where bundles live; created on the first save if missing
   * @param format the file format with the codecs in use
   */
  public FileModelStore(Path directory, ModelBundleFile format) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.format = Objects.requireNonNull(format, "format");
  }

  /**
   * The file a bundle name maps to.
   *
   * @param name the bundle's name: letters, digits, '.', '_' and '-', starting with a letter or
   *     digit, at most 100 characters
   * @return the path
   * @throws IllegalArgumentException if the name is not allowed
   */
  public Path pathOf(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "bundle name '" + name + "' must be letters, digits, '.', '_' or '-' (at most 100)");
    }
    return directory.resolve(name + EXTENSION);
  }

  @Override
  public void save(String name, ChurnModelBundle bundle) {
    Path target = pathOf(name);
    byte[] bytes = format.write(bundle);
    try {
      AtomicFiles.write(target, bytes);
    } catch (IOException e) {
      throw RetentionIoException.cannot("save the model bundle", target, e);
    }
  }

  @Override
  public ChurnModelBundle load(String name) {
    Path path = pathOf(name);
    byte[] bytes;
    try {
      bytes = ModelBundleFile.readFile(path);
    } catch (NoSuchFileException e) {
      throw new RetentionIoException("no model bundle named '" + name + "' at " + path, path, e);
    } catch (IOException e) {
      throw RetentionIoException.cannot("read the model bundle", path, e);
    }
    return format.read(bytes, path.toString());
  }
}

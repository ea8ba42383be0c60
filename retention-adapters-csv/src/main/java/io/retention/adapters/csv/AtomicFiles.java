package io.retention.adapters.csv;

import io.retention.core.RetentionException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers see either the old content or the whole new content. */
final class AtomicFiles {
  private AtomicFiles() {}

  /** The body of a write, free to throw {@link IOException}. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer writer) throws IOException;
  }

  /**
   * Writes to a temporary file in the target's folder, then renames it over the target.
   *
   * @param target the file to create or replace
   * @param body what to write
   */
  static void write(Path target, Body body) {
    Path absolute = target.toAbsolutePath();
    Path temp = null;
    try {
      temp = createTemp(absolute);
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        body.writeTo(writer);
      }
      moveOver(temp, absolute);
      temp = null;
    } catch (IOException e) {
      throw new RetentionException("cannot write " + absolute + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** A new empty temporary file beside the target, creating its folder if needed. */
  static Path createTemp(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    return Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
  }

  /** Renames a finished temporary file over the target, atomically where the file system can. */
  static void moveOver(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes a stray temporary file after a failure that is already being reported. */
  static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        // The write already failed and is being reported; the stray temporary file is harmless.
      }
    }
  }
}

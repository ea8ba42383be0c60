package io.retention.adapters.csv;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Temporary files beside a target and their atomic rename over it, so that readers see either the
 * old content or the whole new content.
 */
final class AtomicFiles {
  private AtomicFiles() {}

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

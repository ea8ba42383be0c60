package io.retention.core.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either its old content or the whole new content: the bytes go
 * to a temporary file beside the target, which is then renamed over it (atomically where the file
 * system can).
 *
 * <p>The temporary file is created like any new file, so the result gets the permissions the user's
 * file-creation mask gives (for example {@code rw-r--r--}), not the owner-only permissions of
 * {@link Files#createTempFile}.
 */
public final class AtomicFiles {
  private static final int NAME_ATTEMPTS = 100;

  private AtomicFiles() {}

  /**
   * Writes bytes over a file, creating its folder if needed.
   *
   * @param target the file
   * @param bytes the new content
   * @throws IOException if it cannot be written; the target is then unchanged
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Objects.requireNonNull(bytes, "bytes");
    Path temp = createTemp(target);
    try {
      Files.write(temp, bytes);
      moveOver(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes text in UTF-8 over a file, creating its folder if needed.
   *
   * @param target the file
   * @param text the new content
   * @throws IOException if it cannot be written; the target is then unchanged
   */
  public static void writeString(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Creates a new empty temporary file beside a target, creating the folder if needed, for a writer
   * that streams into it and then calls {@link #moveOver}. Its name starts with a dot and the
   * target's name, and ends with {@code .tmp}.
   *
   * @param target the file the temporary file will replace
   * @return the temporary file
   * @throws IOException if it cannot be created
   */
  public static Path createTemp(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    FileAlreadyExistsException last = null;
    for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      Path temp = dir.resolve("." + absolute.getFileName() + "." + randomSuffix() + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        last = e;
      }
    }
    throw new IOException("no free temporary file name beside " + absolute, last);
  }

  /**
   * Renames a finished temporary file over its target, atomically where the file system can.
   *
   * @param temp the temporary file
   * @param target the file it replaces
   * @throws IOException if it cannot be moved
   */
  public static void moveOver(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Removes a stray temporary file after a failure that is already being reported.
   *
   * @param temp the temporary file; nothing happens when it is null or gone
   */
  public static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        // The write already failed and is being reported; the stray temporary file is harmless.
      }
    }
  }

  private static String randomSuffix() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong());
  }
}

package io.retention.core.persistence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
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
 *
 * <p>The library writes files only through this class: whole contents with {@link #write} and
 * {@link #writeString}, streamed text with {@link #openText}.
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
   * Starts writing text in UTF-8 over a file, creating its folder if needed: the text goes to a
   * temporary file beside the target, which replaces the target on {@link PendingText#commit()}.
   * Closing without committing deletes the temporary file and leaves the target as it was.
   *
   * @param target the file
   * @return the file being written, to close (in try-with-resources)
   * @throws IOException if the temporary file cannot be created
   */
  public static PendingText openText(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = createTemp(absolute);
    BufferedWriter writer = null;
    try {
      writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    } finally {
      if (writer == null) {
        deleteQuietly(temp);
      }
    }
    return new PendingText(absolute, temp, writer);
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
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      NotDirectoryException notFolder = new NotDirectoryException(dir.toString());
      notFolder.initCause(e);
      throw notFolder;
    }
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

  /**
   * A text file being written by {@link #openText}: its writer, then {@link #commit()} to move it
   * into place, or {@link #close()} to abandon it. Not thread-safe.
   */
  public static final class PendingText implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean done;

    private PendingText(Path target, Path temp, Writer writer) {
      this.target = target;
      this.temp = temp;
      this.writer = writer;
    }

    /**
     * The file this will replace.
     *
     * @return the target, absolute
     */
    public Path target() {
      return target;
    }

    /**
     * Where the text goes until {@link #commit()}.
     *
     * @return the writer, buffered
     */
    public Writer writer() {
      return writer;
    }

    /**
     * Finishes the text and moves it over the target.
     *
     * @return the target
     * @throws IOException if it cannot be finished or moved; the target is then unchanged
     * @throws IllegalStateException if already committed or closed
     */
    public Path commit() throws IOException {
      if (done) {
        throw new IllegalStateException(target.getFileName() + " is already committed or closed");
      }
      done = true;
      try {
        writer.close();
        moveOver(temp, target);
      } finally {
        deleteQuietly(temp);
      }
      return target;
    }

    /** Abandons the text unless it was committed: the temporary file goes, the target stays. */
    @Override
    public void close() {
      if (!done) {
        done = true;
        try {
          writer.close();
        } catch (IOException e) {
          // Abandoning: the text is thrown away whatever the close says.
        } finally {
          deleteQuietly(temp);
        }
      }
    }
  }
}

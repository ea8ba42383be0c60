package io.retention.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file or folder that cannot be read, written or created, with its path. The message reads as one
 * line: what failed, the path, and why (the cause's reason), for example {@code cannot write
 * out/scores.csv: out: already exists}.
 *
 * <p>Every I/O failure of the library surfaces as this exception (or another {@link
 * RetentionException}), never as an {@link IOException} or {@link java.io.UncheckedIOException}.
 */
public class RetentionIoException extends RetentionException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final String pathText;

  /**
   * Creates the exception with a message of its own.
   *
   * @param message what failed, naming the path
   * @param path the file or folder concerned
   */
  public RetentionIoException(String message, Path path) {
    super(message);
    this.path = Objects.requireNonNull(path, "path");
    this.pathText = path.toString();
  }

  /**
   * Creates the exception with a message of its own and the underlying failure.
   *
   * @param message what failed, naming the path
   * @param path the file or folder concerned
   * @param cause the underlying failure
   */
  public RetentionIoException(String message, Path path, Throwable cause) {
    super(message, Objects.requireNonNull(cause, "cause"));
    this.path = Objects.requireNonNull(path, "path");
    this.pathText = path.toString();
  }

  /**
   * The usual failure: {@code cannot <action> <path>: <reason>}.
   *
   * @param action what could not be done, such as {@code "read"}, {@code "write"} or {@code "create
   *     the folder"}
   * @param path the file or folder
   * @param cause the failure, whose reason ends the message
   * @return the exception, to throw
   */
  public static RetentionIoException cannot(String action, Path path, IOException cause) {
    return new RetentionIoException(
        "cannot " + action + " " + path + ": " + reason(cause, path), path, cause);
  }

  /**
   * The file or folder concerned.
   *
   * @return the path
   */
  public Path path() {
    return path != null ? path : Path.of(pathText);
  }

  /**
   * Why an I/O operation failed, in a few words: the operating system's reason where it gives one,
   * with the file it names when that is not {@code path} itself.
   *
   * @param e the failure
   * @param path the path the operation was on
   * @return the reason
   */
  static String reason(IOException e, Path path) {
    if (e instanceof FileSystemException f) {
      String reason = f.getReason() != null ? f.getReason() : kind(f);
      String file = f.getFile();
      boolean same =
          file == null
              || file.equals(path.toString())
              || file.equals(path.toAbsolutePath().toString());
      return same ? reason : file + ": " + reason;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static String kind(FileSystemException f) {
    if (f instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (f instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (f instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    return f.getClass().getSimpleName();
  }
}

package io.retention.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RetentionIoExceptionTest {
  private static final Path FILE = Path.of("out", "scores.csv");

  @Test
  void theMessageSaysWhatFailedThePathAndWhy() {
    IOException cause = new IOException("disk full");
    RetentionIoException e = RetentionIoException.cannot("write", FILE, cause);

    assertEquals("cannot write " + FILE + ": disk full", e.getMessage());
    assertEquals(FILE, e.path());
    assertSame(cause, e.getCause());
    assertTrue(e instanceof RetentionException);
  }

  @Test
  void fileSystemFailuresGiveTheirReasonWithoutRepeatingThePath() {
    assertEquals(
        "cannot read " + FILE + ": no such file or folder",
        RetentionIoException.cannot("read", FILE, new NoSuchFileException(FILE.toString()))
            .getMessage());
    assertEquals(
        "cannot read " + FILE + ": permission denied",
        RetentionIoException.cannot(
                "read", FILE, new AccessDeniedException(FILE.toAbsolutePath().toString()))
            .getMessage());
    assertEquals(
        "cannot write " + FILE + ": out: not a folder",
        RetentionIoException.cannot("write", FILE, new NotDirectoryException("out")).getMessage());
    assertEquals(
        "cannot write " + FILE + ": Not a directory",
        RetentionIoException.cannot(
                "write", FILE, new FileSystemException(FILE.toString(), null, "Not a directory"))
            .getMessage());
  }

  @Test
  void aFullDiskSaysSo() {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isWritable(full), "a Linux /dev/full to write to");
    IOException cause =
        assertThrows(IOException.class, () -> java.nio.file.Files.write(full, new byte[1 << 16]));
    assertEquals(
        "cannot write /dev/full: No space left on device",
        RetentionIoException.cannot("write", full, cause).getMessage());
  }

  @Test
  void everyKindOfFileSystemFailureHasWords() {
    assertTrue(reason(new FileAlreadyExistsException("x")).endsWith("x: already exists"));
    assertTrue(reason(new DirectoryNotEmptyException("x")).endsWith("x: folder not empty"));
    assertTrue(reason(new FileSystemException("x")).endsWith("x: FileSystemException"));
    assertTrue(reason(new FileSystemException(null)).endsWith(": FileSystemException"));
    assertTrue(reason(new IOException()).endsWith(": IOException"));
  }

  @Test
  void aMessageOfItsOwnKeepsThePathAndTheCause() {
    NoSuchFileException cause = new NoSuchFileException(FILE.toString());
    RetentionIoException e = new RetentionIoException("file not found: " + FILE, FILE, cause);

    assertEquals("file not found: " + FILE, e.getMessage());
    assertEquals(FILE, e.path());
    assertSame(cause, e.getCause());
    assertEquals(FILE, new RetentionIoException("gone: " + FILE, FILE).path());
    assertThrows(NullPointerException.class, () -> new RetentionIoException("x", null));
  }

  @Test
  void thePathSurvivesSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new RetentionIoException("gone: " + FILE, FILE));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(FILE, ((RetentionIoException) in.readObject()).path());
    }
  }

  private static String reason(IOException e) {
    return RetentionIoException.cannot("read", FILE, e).getMessage();
  }
}

package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesTheBytesAndCreatesMissingFolders() throws IOException {
    Path target = dir.resolve("a/b/out.bin");

    AtomicFiles.write(target, new byte[] {1, 2, 3});

    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    assertEquals(List.of(target), leftovers(target.getParent()));
  }

  @Test
  void replacesAnExistingFileWhole() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old content that is longer");

    AtomicFiles.writeString(target, "new é");

    assertEquals("new é", Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(List.of(target), leftovers(dir));
  }

  @Test
  void theResultHasTheSamePermissionsAsAnyNewFileNotOwnerOnly() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path target = dir.resolve("written.txt");

    AtomicFiles.writeString(target, "x");

    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
  }

  @Test
  void temporaryFilesAreHiddenBesideTheTargetAndNeverReused() throws IOException {
    Path target = dir.resolve("scores.csv");

    Path first = AtomicFiles.createTemp(target);
    Path second = AtomicFiles.createTemp(target);

    assertEquals(dir, first.getParent());
    assertTrue(first.getFileName().toString().startsWith(".scores.csv."), first.toString());
    assertTrue(first.getFileName().toString().endsWith(".tmp"), first.toString());
    assertFalse(first.equals(second));
    assertTrue(Files.exists(first) && Files.exists(second));
    AtomicFiles.deleteQuietly(first);
    AtomicFiles.deleteQuietly(second);
    AtomicFiles.deleteQuietly(null);
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectories(target.resolve("child"));

    assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] {1}));

    assertTrue(Files.isDirectory(target.resolve("child")));
    assertEquals(List.of(target), leftovers(dir));
  }

  @Test
  void aFolderThatIsAFileIsReportedAsNotAFolder() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");

    NotDirectoryException e =
        assertThrows(
            NotDirectoryException.class, () -> AtomicFiles.writeString(file.resolve("a.txt"), "y"));

    assertEquals(file.toAbsolutePath().toString(), e.getFile());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void streamedTextReplacesTheTargetOnlyOnCommit() throws IOException {
    Path target = dir.resolve("sub/table.csv");
    try (AtomicFiles.PendingText text = AtomicFiles.openText(target)) {
      text.writer().write("a,b\r\n");
      assertFalse(Files.exists(target), "nothing is visible before the commit");
      assertEquals(target.toAbsolutePath(), text.target());
      assertEquals(target.toAbsolutePath(), text.commit());
      assertThrows(IllegalStateException.class, text::commit);
    }
    assertEquals("a,b\r\n", Files.readString(target));
    assertEquals(List.of(target), leftovers(target.getParent()));
  }

  @Test
  void streamedTextClosedWithoutCommitLeavesTheOldFile() throws IOException {
    Path target = Files.writeString(dir.resolve("old.csv"), "old");
    try (AtomicFiles.PendingText text = AtomicFiles.openText(target)) {
      text.writer().write("new");
    }
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), leftovers(dir));
  }

  private static List<Path> leftovers(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}

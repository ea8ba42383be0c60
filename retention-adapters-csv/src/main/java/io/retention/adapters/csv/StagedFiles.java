package io.retention.adapters.csv;

import io.retention.core.RetentionIoException;
import io.retention.core.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Files written into a results folder together: each into a staging folder inside it ({@code
 * .run-<id>}), then all moved into place by {@link #commit}, with {@link RunManifest} marked {@code
 * moving} before the first move and {@code complete} after the last. Every writer into a results
 * folder goes through it ({@link RunFolderSink}, the command line's {@code train}, {@code segment},
 * {@code score}, {@code explain}, {@code recommend}, {@code plan}), so the manifest always says
 * which run or command wrote each file; outputs made with the folder's model are recorded under the
 * model's run id ({@link #madeWith}). Not thread-safe: one writer.
 */
public final class StagedFiles implements AutoCloseable {
  /** The name of a staging folder starts with this. */
  static final String STAGING_PREFIX = ".run-";

  private final RunFolder folder;
  private final String run;
  private final Set<String> staged = new TreeSet<>();
  private Path staging;

  private StagedFiles(RunFolder folder, String run) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.run = run;
  }

  /**
   * Starts a write; nothing is created until the first file is asked for.
   *
   * @param folder the results folder
   * @return the write, to commit
   */
  public static StagedFiles open(RunFolder folder) {
    return new StagedFiles(folder, newRunId());
  }

  /**
   * Starts a write whose files the manifest records under a run id already in it: that of the model
   * they were made with, so that a reader of the folder can tell the model's outputs from those of
   * an earlier model ({@link RunManifest#requireMadeWith}).
   *
   * @param folder the results folder
   * @param run the run id to record, as the manifest holds it
   * @return the write, to commit
   * @throws IllegalArgumentException when the id is blank
   */
  public static StagedFiles open(RunFolder folder, String run) {
    Objects.requireNonNull(run, "run");
    if (run.isBlank()) {
      throw new IllegalArgumentException("the run id must not be blank");
    }
    return new StagedFiles(folder, run);
  }

  /**
   * Starts a write of outputs made with a model: recorded under the model's run id when the model
   * is the folder's own {@link RunFolder#MODEL} and the manifest lists it, else under a new one.
   *
   * @param folder the results folder
   * @param model the model file the outputs were made with
   * @return the write, to commit
   */
  public static StagedFiles madeWith(RunFolder folder, Path model) {
    Objects.requireNonNull(model, "model");
    Path own = folder.file(RunFolder.MODEL).toAbsolutePath().normalize();
    if (own.equals(model.toAbsolutePath().normalize())) {
      Optional<String> id = RunManifest.read(folder.dir()).map(m -> m.files().get(RunFolder.MODEL));
      if (id.isPresent()) {
        return open(folder, id.get());
      }
    }
    return open(folder);
  }

  private static String newRunId() {
    byte[] bytes = new byte[8];
    new SecureRandom().nextBytes(bytes);
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format(Locale.ROOT, "%02x", b));
    }
    return sb.toString();
  }

  /**
   * The results folder written into.
   *
   * @return the folder
   */
  public RunFolder folder() {
    return folder;
  }

  /**
   * The id recorded in the manifest for the files of this write.
   *
   * @return 16 hexadecimal digits, random unless given to {@link #open(RunFolder, String)}
   */
  public String runId() {
    return run;
  }

  /**
   * Where to write a file of the folder until the commit.
   *
   * @param name the file's name in the results folder
   * @return its path in the staging folder, which is created when needed
   * @throws RetentionIoException when the folders cannot be created
   */
  public Path file(String name) {
    staged.add(name);
    return stagingFolder().resolve(name);
  }

  /**
   * Whether any file was asked for.
   *
   * @return true when there is something to commit
   */
  public boolean isEmpty() {
    return staging == null;
  }

  private Path stagingFolder() {
    if (staging == null) {
      try {
        Files.createDirectories(folder.dir());
        removeStaleStaging();
        staging = Files.createDirectory(folder.dir().resolve(STAGING_PREFIX + run));
      } catch (IOException e) {
        throw RetentionIoException.cannot("create the folder", folder.dir(), e);
      }
    }
    return staging;
  }

  /** Removes what failed writes left: staging folders are this class's own, by their name. */
  private void removeStaleStaging() throws IOException {
    try (Stream<Path> entries = Files.list(folder.dir())) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (Files.isDirectory(p) && p.getFileName().toString().startsWith(STAGING_PREFIX)) {
          deleteFolder(p);
        }
      }
    }
  }

  private static void deleteFolder(Path p) throws IOException {
    try (Stream<Path> inside = Files.list(p)) {
      for (Path f : (Iterable<Path>) inside::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(p);
  }

  /**
   * Puts the staged files in place. A whole run ({@code replaced} not empty) records only its own
   * files in the manifest and removes those of {@code replaced} it did not write; a partial write
   * keeps the manifest's other entries. Nothing happens when nothing was staged.
   *
   * @param replaced the files a whole run replaces (every result file), or empty for a partial
   *     write
   * @throws RetentionIoException when a file cannot be moved or removed
   */
  public void commit(Collection<String> replaced) {
    if (staging == null) {
      return;
    }
    Map<String, String> files = new TreeMap<>();
    if (replaced.isEmpty()) {
      RunManifest.read(folder.dir()).ifPresent(m -> files.putAll(m.files()));
    }
    for (String name : staged) {
      files.put(name, run);
    }
    new RunManifest(RunManifest.MOVING, run, files).write(folder.dir());
    for (String name : staged) {
      Path target = folder.file(name);
      try {
        AtomicFiles.moveOver(staging.resolve(name), target);
      } catch (IOException e) {
        throw RetentionIoException.cannot("move into place", target, e);
      }
    }
    for (String name : replaced) {
      if (!staged.contains(name)) {
        Path stale = folder.file(name);
        try {
          Files.deleteIfExists(stale);
        } catch (IOException e) {
          throw RetentionIoException.cannot("remove the earlier run's", stale, e);
        }
      }
    }
    new RunManifest(RunManifest.COMPLETE, run, files).write(folder.dir());
    Path done = staging;
    staging = null;
    staged.clear();
    try {
      deleteFolder(done);
    } catch (IOException e) {
      throw RetentionIoException.cannot("remove the staging folder", done, e);
    }
  }

  /** Abandons what was not committed: the staged files go, the folder's files stay as they were. */
  @Override
  public void close() {
    if (staging != null) {
      try {
        deleteFolder(staging);
      } catch (IOException e) {
        // Left for the next write into the folder to remove.
      }
      staging = null;
      staged.clear();
    }
  }
}

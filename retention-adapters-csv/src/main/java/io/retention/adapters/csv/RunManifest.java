package io.retention.adapters.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code manifest.json} of a results folder: which run wrote each file, and whether the last write
 * finished. A run that puts its files in place marks the manifest {@code moving} first and {@code
 * complete} after the last file, so a folder left between the two (a crash, a full disk) is known
 * to mix two runs. Immutable.
 *
 * @param state {@link #COMPLETE} or {@link #MOVING}
 * @param run the id of the run that wrote last
 * @param files the run id of each file, by file name
 */
public record RunManifest(String state, String run, Map<String, String> files) {
  /** The file name. */
  public static final String FILE = "manifest.json";

  /** Every file of the last write is in place. */
  public static final String COMPLETE = "complete";

  /** A write was putting its files in place and did not finish. */
  public static final String MOVING = "moving";

  /** Copies the map, sorted by name. */
  public RunManifest {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /**
   * The manifest of a folder.
   *
   * @param dir the results folder
   * @return the manifest, or empty when the folder has none (written before manifests, or by hand)
   * @throws RetentionException when the file is not a manifest
   */
  public static Optional<RunManifest> read(Path dir) {
    Path file = dir.resolve(FILE);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
    try {
      JsonNode root = RunFolder.jsonMapper().readTree(text);
      Map<String, String> files = new LinkedHashMap<>();
      JsonNode list = root.path("files");
      for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        files.put(e.getKey(), e.getValue().asText());
      }
      String state = root.path("state").asText("");
      String run = root.path("run").asText("");
      if (!state.equals(COMPLETE) && !state.equals(MOVING) || run.isEmpty()) {
        throw new RetentionException(file + " is not a results manifest: no state or run");
      }
      return Optional.of(new RunManifest(state, run, files));
    } catch (JsonProcessingException e) {
      throw new RetentionException(
          file + " is not a results manifest: " + e.getOriginalMessage(), e);
    }
  }

  void write(Path dir) {
    Path file = dir.resolve(FILE);
    ObjectNode root = RunFolder.jsonMapper().createObjectNode();
    root.put("state", state);
    root.put("run", run);
    ObjectNode list = root.putObject("files");
    files.forEach(list::put);
    try {
      AtomicFiles.writeString(file, RunFolder.jsonMapper().writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", file, e);
    }
  }

  /**
   * Refuses a folder whose files, among those named, come from different runs or from a write that
   * did not finish; files the manifest does not list are let be.
   *
   * @param dir the folder, for messages
   * @param names the files a reader is about to read together
   * @throws RetentionException naming the files and their runs
   */
  public void requireOneRun(Path dir, Collection<String> names) {
    if (state.equals(MOVING)) {
      throw new RetentionException(
          dir
              + " holds files of two runs: the write of run "
              + run
              + " stopped before all its files were in place; run it again into this folder");
    }
    Map<String, List<String>> byRun = new TreeMap<>();
    for (String name : names) {
      String id = files.get(name);
      if (id != null) {
        byRun.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(name);
      }
    }
    if (byRun.size() > 1) {
      StringBuilder sb = new StringBuilder();
      byRun.forEach(
          (id, list) ->
              sb.append(sb.length() == 0 ? "" : "; ").append(list).append(" from run ").append(id));
      throw new RetentionException(
          dir
              + " mixes the results of different runs ("
              + sb
              + "): a later plan or score wrote into the folder of a run; write it into a folder"
              + " of its own (-o), or run the whole analysis again");
    }
  }

  /**
   * Refuses a folder of step outputs whose files made with a model (scores, explanations, plans)
   * were not made with the folder's {@link RunFolder#MODEL}: a later {@code train} replaced the
   * model, so those files describe another one. Outputs made with the folder's model carry its run
   * id ({@link StagedFiles#madeWith}); files the manifest does not list are let be, and so is a
   * folder whose manifest lists no model.
   *
   * @param dir the folder, for messages
   * @param names the files made with a model that a reader is about to read
   * @throws RetentionException naming the files made with another model, or a write that did not
   *     finish
   */
  public void requireMadeWith(Path dir, Collection<String> names) {
    if (state.equals(MOVING)) {
      throw new RetentionException(
          dir
              + " holds files of two writes: the write of run "
              + run
              + " stopped before all its files were in place; run that step again into this folder");
    }
    String model = files.get(RunFolder.MODEL);
    if (model == null) {
      return;
    }
    List<String> stale = new java.util.ArrayList<>();
    for (String name : names) {
      String id = files.get(name);
      if (id != null && !id.equals(model)) {
        stale.add(name);
      }
    }
    if (!stale.isEmpty()) {
      throw new RetentionException(
          dir
              + ": "
              + stale
              + " were made with another model than its "
              + RunFolder.MODEL
              + " (trained again since, or given with --model); run the steps that write them"
              + " again into this folder");
    }
  }
}

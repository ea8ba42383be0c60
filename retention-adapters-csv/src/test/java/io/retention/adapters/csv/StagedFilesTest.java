package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs made with a folder's model carry its run id, so a later model's folder is refused. */
class StagedFilesTest {
  @TempDir Path dir;

  private static void write(StagedFiles staged, String name) throws Exception {
    Files.writeString(staged.file(name), name);
    staged.commit(List.of());
  }

  @Test
  void outputsMadeWithTheFoldersModelAreRecordedUnderItsRunId() throws Exception {
    RunFolder folder = new RunFolder(dir);
    StagedFiles train = StagedFiles.open(folder);
    write(train, RunFolder.MODEL);
    StagedFiles score = StagedFiles.madeWith(folder, dir.resolve("x/../" + RunFolder.MODEL));
    assertEquals(train.runId(), score.runId());
    assertEquals(folder, score.folder());
    write(score, RunFolder.SCORES);
    RunManifest m = RunManifest.read(dir).orElseThrow();
    assertEquals(train.runId(), m.files().get(RunFolder.SCORES));
    m.requireMadeWith(dir, List.of(RunFolder.SCORES, RunFolder.PLANS));
  }

  @Test
  void outputsOfAnotherModelGetARunIdOfTheirOwn() throws Exception {
    RunFolder folder = new RunFolder(dir);
    write(StagedFiles.open(folder), RunFolder.MODEL);
    StagedFiles elsewhere = StagedFiles.madeWith(folder, dir.resolveSibling("other.bundle"));
    assertNotEquals(
        RunManifest.read(dir).orElseThrow().files().get(RunFolder.MODEL), elsewhere.runId());
    StagedFiles noManifest =
        StagedFiles.madeWith(
            new RunFolder(dir.resolve("empty")), dir.resolve("empty/model.bundle"));
    assertEquals(16, noManifest.runId().length());
  }

  @Test
  void aModelTrainedAgainMakesTheEarlierOutputsStale() throws Exception {
    RunFolder folder = new RunFolder(dir);
    write(StagedFiles.open(folder), RunFolder.MODEL);
    write(StagedFiles.madeWith(folder, folder.file(RunFolder.MODEL)), RunFolder.PLANS);
    write(StagedFiles.open(folder), RunFolder.MODEL);
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () ->
                RunManifest.read(dir)
                    .orElseThrow()
                    .requireMadeWith(dir, List.of(RunFolder.SCORES, RunFolder.PLANS)));
    assertTrue(e.getMessage().contains("[" + RunFolder.PLANS + "]"), e.getMessage());
    assertTrue(e.getMessage().contains("made with another model"), e.getMessage());
  }

  @Test
  void aWriteThatStoppedHalfwayIsRefusedAndAFolderWithoutAModelIsLetBe() {
    new RunManifest(RunManifest.MOVING, "a", java.util.Map.of(RunFolder.PLANS, "a")).write(dir);
    RunManifest moving = RunManifest.read(dir).orElseThrow();
    assertThrows(RetentionException.class, () -> moving.requireMadeWith(dir, List.of()));
    new RunManifest(RunManifest.COMPLETE, "a", java.util.Map.of(RunFolder.PLANS, "a")).write(dir);
    RunManifest.read(dir).orElseThrow().requireMadeWith(dir, List.of(RunFolder.PLANS));
  }

  @Test
  void aBlankRunIdIsRefused() {
    RunFolder folder = new RunFolder(dir);
    assertThrows(IllegalArgumentException.class, () -> StagedFiles.open(folder, " "));
  }
}

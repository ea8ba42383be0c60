package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionException;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.persistence.BundleKeys;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.examples.data.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliWiringTest {
  @TempDir Path dir;

  @Test
  void aSavedBundleLoadsBackAndScoresExactlyAsBefore() {
    Injector injector = CliWiring.injector(SyntheticCustomers.SCHEMA, dir);
    ModelBundleFile format = CliWiring.bundleFormat(injector, BundleKeys.NONE);
    ChurnModelBundle bundle =
        CliWiring.loadBundle(format, CliFixtures.trained().output().resolve(RunFolder.MODEL));
    Path copy = dir.resolve("nested").resolve("copy.bundle");
    CliWiring.saveBundle(format, bundle, copy);
    ChurnModelBundle again = CliWiring.loadBundle(format, copy);
    FeatureMatrix rows =
        bundle.features().transformAll(new SyntheticCustomers(50, 9).customers().toList());
    assertArrayEquals(bundle.model().probabilities(rows), again.model().probabilities(rows));
  }

  @Test
  void aTruncatedBundleIsNotUsable() throws IOException {
    Path source = CliFixtures.trained().output().resolve(RunFolder.MODEL);
    byte[] bytes = Files.readAllBytes(source);
    Path cut = Files.write(dir.resolve("cut.bundle"), Arrays.copyOf(bytes, bytes.length / 2));
    ModelBundleFile format =
        CliWiring.bundleFormat(CliWiring.injector(SyntheticCustomers.SCHEMA, dir), BundleKeys.NONE);
    RetentionException e =
        assertThrows(RetentionException.class, () -> CliWiring.loadBundle(format, cut));
    assertTrue(
        e.getMessage().startsWith(cut + " (--model) is not a usable model bundle"), e.getMessage());
  }
}

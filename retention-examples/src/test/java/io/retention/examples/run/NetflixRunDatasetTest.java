package io.retention.examples.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CsvCatalogSource;
import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.SharedDatasets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the public Netflix churn table with the public Netflix catalog. */
@Tag("dataset")
class NetflixRunDatasetTest {
  @TempDir Path dir;

  @Test
  void theNetflixTableWithItsCatalogMakesACompleteConsistentRun() throws IOException {
    Path customers = SharedDatasets.require("netflix_customer_churn/netflix_customer_churn.csv");
    Path titles = SharedDatasets.require("netflix_titles/netflix_titles.csv");
    CsvCustomerSource source =
        new CsvCustomerSource(customers, CustomerCsvMapping.preset("netflix"));
    RunFolder folder = new RunFolder(dir);
    long start = System.nanoTime();
    RunSummary written =
        RetentionPipeline.create(source.schema(), folder, RunConfig.DEFAULTS)
            .run(
                RunInputs.of(customers.getFileName().toString(), source)
                    .withCatalog(new CsvCatalogSource(titles)),
                ProgressListener.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;

    RunSummary s = RunFolderChecks.checkConsistent(folder);
    assertEquals(written, s);
    assertEquals(5000, s.data().customers());
    assertTrue(s.data().titles() > 8000, "netflix_titles.csv has 8,807 titles");
    assertTrue(s.holdOut().rocAuc() >= 0.95, "hold-out ROC-AUC " + s.holdOut().rocAuc());
    assertFalse(s.content().genres().isEmpty());
    assertFalse(s.content().churnByFavouriteGenre().isEmpty());
    CsvTable recs = CsvTable.read(folder.file(RunFolder.RECOMMENDATIONS));
    assertEquals(
        5000, new HashSet<>(recs.column("customer_id")).size(), "cold start by favourite genre");
    System.out.printf(
        Locale.ROOT,
        "Netflix run: %.1f s; chose %s; hold-out ROC-AUC %.4f, PR-AUC %.4f; %d segments; stages %s%n",
        seconds,
        s.model().chosen(),
        s.holdOut().rocAuc(),
        s.holdOut().prAuc(),
        s.segmentation().k(),
        s.stages());
  }
}

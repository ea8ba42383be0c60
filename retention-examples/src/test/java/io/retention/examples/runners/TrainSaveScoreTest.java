package io.retention.examples.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.Customer;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.examples.data.SyntheticWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSaveScoreTest {
  @TempDir Path dir;

  @Test
  void theLoadedModelScoresTheUnseenCustomerExactlyAsTheTrainedOne() {
    RunnerInput input = RunnerInput.fromArgs();

    TrainSaveScore.Result r = TrainSaveScore.run(input.schema(), input.customers(), dir);

    assertTrue(Files.isRegularFile(r.bundleFile()));
    assertEquals(dir.resolve("churn.rbundle"), r.bundleFile());
    assertEquals(RunnerInput.GENERATED - 1, r.trainedOn());
    Customer unseen = input.customers().get(RunnerInput.GENERATED - 1);
    assertEquals(unseen.id(), r.after().customer());
    assertEquals(r.before().probability(), r.after().probability(), 0.0);
    assertTrue(r.after().probability() > 0 && r.after().probability() < 1);
  }

  @Test
  void mainReadsAWrittenCustomersFileAndPrintsBothScores() throws Exception {
    SyntheticWorld.of(600, 300, 4).write(dir);
    Path models = dir.resolve("models");
    Path mapping = dir.resolve("customers.mapping");
    Files.writeString(mapping, SyntheticCustomers.CSV_MAPPING.toFileText());

    String out =
        Output.of(
            () ->
                TrainSaveScore.main(
                    new String[] {
                      dir.resolve(RunFolder.CUSTOMERS).toString(),
                      mapping.toString(),
                      models.toString()
                    }));

    assertTrue(
        out.contains("trained on 599 customers from " + dir.resolve(RunFolder.CUSTOMERS)), out);
    Matcher m =
        Pattern.compile("customer C0000600: churn probability (\\S+) trained, (\\S+) after loading")
            .matcher(out);
    assertTrue(m.find(), out);
    assertEquals(m.group(1), m.group(2));
    assertTrue(Files.isRegularFile(models.resolve("churn.rbundle")));
  }
}

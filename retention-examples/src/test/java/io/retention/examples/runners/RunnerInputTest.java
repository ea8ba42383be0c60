package io.retention.examples.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.CustomerSchema;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.examples.data.SyntheticWorld;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerInputTest {
  @TempDir Path dir;

  @Test
  void noArgumentsGiveTheGeneratedCustomers() {
    RunnerInput input = RunnerInput.fromArgs();
    assertEquals(SyntheticCustomers.SCHEMA, input.schema());
    assertEquals(
        new SyntheticCustomers(RunnerInput.GENERATED, RunnerInput.SEED).customers().toList(),
        input.customers());
  }

  @Test
  void aFileIsReadWithTheGeneratedLayoutOrAPreset() {
    SyntheticWorld.of(40, 50, 2).write(dir);
    String file = dir.resolve(RunFolder.CUSTOMERS).toString();

    RunnerInput generated = RunnerInput.fromArgs(file);
    RunnerInput netflix = RunnerInput.fromArgs(file, "netflix");

    assertEquals(new SyntheticCustomers(40, 2).customers().toList(), generated.customers());
    assertEquals(CustomerSchema.NETFLIX, netflix.schema());
    assertEquals(40, netflix.customers().size());
    assertEquals(
        List.of(),
        netflix.customers().stream()
            .filter(c -> c.numeric().containsKey("tenure_months"))
            .toList());
    assertThrows(IllegalArgumentException.class, () -> RunnerInput.fromArgs(file, "nope"));
    assertEquals(CustomerCsvMapping.NETFLIX.schema(), netflix.schema());
  }
}

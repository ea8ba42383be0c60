package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerInputTest {
  @TempDir Path dir;

  private static CustomerInput input(Path file, String mapping) {
    CustomerInput input = new CustomerInput();
    input.customersFile = file;
    input.mapping = mapping;
    input.charset = StandardCharsets.UTF_8;
    return input;
  }

  @Test
  void aPresetNameInAnyCaseIsThePreset() {
    assertEquals(CustomerCsvMapping.TELCO, input(dir, "Telco").mapping());
  }

  @Test
  void aMappingFileIsLoaded() {
    Path mapping = CliFixtures.writeMapping(dir.resolve("m.mapping"));
    CustomerInput.Loaded loaded =
        input(CliFixtures.writeCustomers(dir.resolve("c.csv"), 12, 1), mapping.toString()).read();
    assertEquals(12, loaded.customers().size());
    assertTrue(loaded.schema().numericAttributes().contains("tenure_months"));
    assertEquals(12, loaded.labelled().size());
  }

  @Test
  void aMappingFileThatCannotBeReadIsNamed() {
    Path gone = dir.resolve("gone.mapping");
    RetentionIoException e =
        assertThrows(RetentionIoException.class, () -> input(dir, gone.toString()).mapping());
    assertEquals(gone, e.path());
    assertTrue(e.getMessage().startsWith("cannot read " + gone + ": "), e.getMessage());
  }

  @Test
  void aMissingFileOrAFolderIsNamedWithItsOption() {
    RetentionException missing =
        assertThrows(
            RetentionException.class, () -> input(dir.resolve("no.csv"), "netflix").read());
    assertTrue(missing.getMessage().endsWith("no.csv (--customers)"), missing.getMessage());
    RetentionException folder =
        assertThrows(RetentionException.class, () -> input(dir, "netflix").read());
    assertTrue(
        folder.getMessage().endsWith("(--customers) is a folder, not a file"), folder.getMessage());
  }

  @Test
  void aFileWithOnlyAHeaderHoldsNoCustomers() {
    Path file =
        CliFixtures.write(
            dir.resolve("h.csv"),
            "customer_id,age,gender,subscription_type,watch_hours,last_login_days,region,device,"
                + "monthly_fee,churned,payment_method,number_of_profiles,avg_watch_time_per_day,"
                + "favorite_genre\n");
    RetentionException e =
        assertThrows(RetentionException.class, () -> input(file, "netflix").read());
    assertTrue(e.getMessage().contains("holds no customer rows"), e.getMessage());
  }
}

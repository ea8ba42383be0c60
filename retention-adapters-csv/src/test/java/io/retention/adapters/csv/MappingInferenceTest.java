package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingInferenceTest {

  @TempDir Path dir;

  private static Path bank() throws Exception {
    return Path.of(MappingInferenceTest.class.getResource("/customers/bank-sample.csv").toURI());
  }

  @Test
  void aBankFileGetsItsIdLabelKindsAndRolesAndDropsTheRowCounterAndFreeText() throws Exception {
    MappingInference.Result r =
        MappingInference.infer(
            bank(), CsvReadOptions.DEFAULTS, new MappingInference.Settings(100, 3));
    CustomerCsvMapping m = r.mapping();
    assertEquals("CustomerId", m.idColumn());
    assertEquals("Exited", m.labelColumn());
    assertEquals(
        List.of(
            "CreditScore",
            "Age",
            "Tenure",
            "Balance",
            "NumOfProducts",
            "HasCrCard",
            "IsActiveMember",
            "EstimatedSalary"),
        m.schema().numericAttributes());
    assertEquals(List.of("Geography", "Gender"), m.schema().categoricalAttributes());
    assertEquals(
        Map.of(
            AttributeRole.AGE, "Age",
            AttributeRole.TENURE, "Tenure",
            AttributeRole.SPEND, "Balance",
            AttributeRole.FREQUENCY, "NumOfProducts",
            AttributeRole.REGION, "Geography"),
        m.schema().roles());
    assertEquals(m.schema().numericAttributes(), m.nonNegativeColumns());
    assertTrue(
        r.notes().stream().anyMatch(n -> n.startsWith("ignored 'RowNumber'")),
        r.notes().toString());
    assertTrue(
        r.notes().stream().anyMatch(n -> n.startsWith("ignored 'Surname'")), r.notes().toString());
  }

  @Test
  void thePrintedMappingCanBeSavedLoadedAndUsed() throws Exception {
    MappingInference.Result r =
        MappingInference.infer(bank(), CsvReadOptions.DEFAULTS, MappingInference.Settings.DEFAULTS);
    Path saved = Files.writeString(dir.resolve("bank.mapping"), r.toFileText());
    CustomerCsvMapping loaded = CustomerCsvMapping.load(saved);
    assertEquals(r.mapping(), loaded);
    assertTrue(r.toFileText().startsWith("# inferred"));
    try (Stream<Customer> s = new CsvCustomerSource(bank(), loaded).customers()) {
      assertEquals(8, s.count());
    }
  }

  @Test
  void aFileWithoutAnOutcomeColumnIsUnlabelledAndSaysSo() throws IOException {
    Path f = Files.writeString(dir.resolve("u.csv"), "code,plan,spend\na,x,1\nb,y,-2\n");
    MappingInference.Result r =
        MappingInference.infer(f, CsvReadOptions.DEFAULTS, MappingInference.Settings.DEFAULTS);
    assertEquals("code", r.mapping().idColumn(), "the first distinct text column");
    assertTrue(!r.mapping().hasLabel());
    assertEquals(List.of(), r.mapping().nonNegativeColumns(), "spend has a negative value");
    assertTrue(r.notes().get(0).startsWith("no label column"));
  }

  @Test
  void noIdCandidateOrNoRowsIsAnError() throws IOException {
    Path noId = Files.writeString(dir.resolve("n.csv"), "plan,churn\na,1\na,0\n");
    assertThrows(
        InvalidDataException.class,
        () ->
            MappingInference.infer(
                noId, CsvReadOptions.DEFAULTS, MappingInference.Settings.DEFAULTS));
    Path headerOnly = Files.writeString(dir.resolve("h.csv"), "id,churn\n");
    assertThrows(
        InvalidDataException.class,
        () ->
            MappingInference.infer(
                headerOnly, CsvReadOptions.DEFAULTS, MappingInference.Settings.DEFAULTS));
  }

  @Test
  void rolesComeFromColumnNames() {
    assertEquals(AttributeRole.RECENCY, MappingInference.roleFor("last_login_days").orElseThrow());
    assertEquals(
        AttributeRole.DAILY_USAGE,
        MappingInference.roleFor("avg_watch_time_per_day").orElseThrow());
    assertEquals(AttributeRole.USAGE, MappingInference.roleFor("watch_hours").orElseThrow());
    assertEquals(
        AttributeRole.PROFILES, MappingInference.roleFor("number_of_profiles").orElseThrow());
    assertEquals(AttributeRole.PLAN, MappingInference.roleFor("Contract").orElseThrow());
    assertEquals(
        AttributeRole.FAVOURITE_GENRE, MappingInference.roleFor("favorite_genre").orElseThrow());
    assertTrue(MappingInference.roleFor("colour").isEmpty());
  }

  @Test
  void settingsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new MappingInference.Settings(0, 1));
  }
}

package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.adapters.csv.ActivityCsvMapping;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.segmentation.SelectionCriterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

class OptionValuesTest {

  @Test
  void wholeNumbersHaveTheirLeastValue() {
    assertEquals(1, new OptionValues.AtLeastOne().convert("1"));
    assertEquals(0, new OptionValues.AtLeastZero().convert(" 0 "));
    assertEquals(2, new OptionValues.AtLeastTwo().convert("2"));
    assertRefused(new OptionValues.AtLeastOne(), "0", "'0' is not a whole number of at least 1");
    assertRefused(new OptionValues.AtLeastZero(), "-1", "'-1' is not a whole number of at least 0");
    assertRefused(new OptionValues.AtLeastTwo(), "1", "'1' is not a whole number of at least 2");
    assertRefused(
        new OptionValues.AtLeastOne(), "2.5", "'2.5' is not a whole number of at least 1");
    assertRefused(
        new OptionValues.AtLeastOne(), "99999999999", "'99999999999' is not a whole number of");
  }

  @Test
  void aFractionLiesStrictlyBetweenZeroAndOne() {
    assertEquals(0.2, new OptionValues.Fraction().convert("0.2"));
    for (String bad : new String[] {"0", "1", "-0.1", "NaN", "half"}) {
      assertRefused(new OptionValues.Fraction(), bad, "'" + bad + "' is not a number between 0");
    }
  }

  @Test
  void anAmountIsFiniteAndNotNegative() {
    assertEquals(0.0, new OptionValues.Amount().convert("0"));
    assertEquals(500.5, new OptionValues.Amount().convert("500.5"));
    for (String bad : new String[] {"-5", "Infinity", "NaN", "lots"}) {
      assertRefused(new OptionValues.Amount(), bad, "'" + bad + "' is not a finite number");
    }
  }

  @Test
  void aPortIsZeroToTheLargestTcpPort() {
    assertEquals(0, new OptionValues.Port().convert("0"));
    assertEquals(65535, new OptionValues.Port().convert("65535"));
    assertRefused(new OptionValues.Port(), "65536", "'65536' is not a port from 0 to 65535");
    assertRefused(new OptionValues.Port(), "-1", "'-1' is not a port");
    assertRefused(new OptionValues.Port(), "http", "'http' is not a port");
  }

  @Test
  void presetsAndCriteriaAreFoundByNameInAnyCase() {
    assertEquals(CustomerCsvMapping.TELCO, new OptionValues.CustomerPreset().convert("Telco"));
    assertRefused(
        new OptionValues.CustomerPreset(), "acme", "'acme' is not one of netflix, telco, bank");
    assertEquals(
        ActivityCsvMapping.preset("cdnow"), new OptionValues.ActivityPreset().convert("CDNOW"));
    assertRefused(
        new OptionValues.ActivityPreset(), "x", "'x' is not one of standard, cdnow, movielens");
    assertEquals(
        SelectionCriterion.DAVIES_BOULDIN, new OptionValues.Criterion().convert("davies-bouldin"));
    assertEquals(SelectionCriterion.ELBOW, new OptionValues.Criterion().convert("Elbow"));
    assertRefused(
        new OptionValues.Criterion(),
        "gut",
        "'gut' is not one of silhouette, davies_bouldin, elbow");
  }

  @Test
  void aMappingIsAPresetOrAnExistingFile(@TempDir Path dir) throws IOException {
    assertEquals("Bank", new OptionValues.MappingName().convert("Bank"));
    Path file = Files.writeString(dir.resolve("my.mapping"), "id = customer_id\n");
    assertEquals(file.toString(), new OptionValues.MappingName().convert(file.toString()));
    assertRefused(
        new OptionValues.MappingName(),
        "acme",
        "'acme' is neither a preset (netflix, telco, bank) nor a mapping file");
    assertRefused(
        new OptionValues.MappingName(), dir.toString(), "'" + dir + "' is neither a preset");
    assertRefused(new OptionValues.MappingName(), "a\0b", "'a\0b' is neither a preset");
  }

  private static void assertRefused(ITypeConverter<?> converter, String value, String start) {
    TypeConversionException e =
        assertThrows(TypeConversionException.class, () -> converter.convert(value));
    assertEquals(
        start, e.getMessage().substring(0, Math.min(start.length(), e.getMessage().length())));
  }
}

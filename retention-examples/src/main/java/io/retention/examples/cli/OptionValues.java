package io.retention.examples.cli;

import io.retention.adapters.csv.ActivityCsvMapping;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.segmentation.SelectionCriterion;
import io.retention.examples.dashboard.DashboardConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The checked kinds of option value, as picocli converters: a value out of range is refused while
 * the command line is parsed, so it is a usage error (exit code 2) whose message names the option
 * and the value, e.g. {@code Invalid value for option '--top': '-5' is not a whole number of at
 * least 1}. Each command names the kind in its {@code @Option(converter = ...)}.
 */
final class OptionValues {
  private OptionValues() {}

  /** A whole number of at least 1: sizes, trees, titles per customer, sample rows. */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 1);
    }
  }

  /** A whole number of at least 0: how many rows to print or drivers to keep. */
  static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 0);
    }
  }

  /** A whole number of at least 2: folds and numbers of segments. */
  static final class AtLeastTwo implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 2);
    }
  }

  /** A share strictly between 0 and 1. */
  static final class Fraction implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double v = number(value, "a number between 0 and 1 (both excluded)");
      if (!(v > 0.0 && v < 1.0)) {
        throw refused(value, "a number between 0 and 1 (both excluded)");
      }
      return v;
    }
  }

  /** An amount of money: a finite number of at least 0. */
  static final class Amount implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double v = number(value, "a finite number of at least 0");
      if (!(v >= 0.0 && Double.isFinite(v))) {
        throw refused(value, "a finite number of at least 0");
      }
      return v;
    }
  }

  /** A TCP port, 0 (any free port) to {@link DashboardConfig#MAX_PORT}. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String expected = "a port from 0 to " + DashboardConfig.MAX_PORT;
      int v = whole(value, expected);
      if (v < 0 || v > DashboardConfig.MAX_PORT) {
        throw refused(value, expected);
      }
      return v;
    }
  }

  /** A customer-table preset: netflix, telco or bank, in any case. */
  static final class CustomerPreset implements ITypeConverter<CustomerCsvMapping> {
    @Override
    public CustomerCsvMapping convert(String value) {
      try {
        return CustomerCsvMapping.preset(value);
      } catch (IllegalArgumentException e) {
        throw refused(value, "one of " + String.join(", ", CustomerInput.PRESETS));
      }
    }
  }

  /**
   * A customer mapping: a preset name (netflix, telco or bank, in any case) or the path of an
   * existing mapping file; the file is read later, as part of the work.
   */
  static final class MappingName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (CustomerInput.PRESETS.contains(value.toLowerCase(Locale.ROOT))) {
        return value;
      }
      boolean file;
      try {
        file = Files.isRegularFile(Path.of(value));
      } catch (InvalidPathException e) {
        file = false;
      }
      if (!file) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is neither a preset ("
                + String.join(", ", CustomerInput.PRESETS)
                + ") nor a mapping file");
      }
      return value;
    }
  }

  /** An activity-file preset: standard, cdnow or movielens, in any case. */
  static final class ActivityPreset implements ITypeConverter<ActivityCsvMapping> {
    @Override
    public ActivityCsvMapping convert(String value) {
      try {
        return ActivityCsvMapping.preset(value);
      } catch (IllegalArgumentException e) {
        throw refused(value, "one of standard, cdnow, movielens");
      }
    }
  }

  /** How a k scan chooses k: silhouette, davies_bouldin (or davies-bouldin) or elbow. */
  static final class Criterion implements ITypeConverter<SelectionCriterion> {
    @Override
    public SelectionCriterion convert(String value) {
      String name = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
      for (SelectionCriterion c : SelectionCriterion.values()) {
        if (c.name().equals(name)) {
          return c;
        }
      }
      throw refused(
          value,
          "one of "
              + Arrays.stream(SelectionCriterion.values())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
    }
  }

  private static int atLeast(String value, int least) {
    String expected = "a whole number of at least " + least;
    int v = whole(value, expected);
    if (v < least) {
      throw refused(value, expected);
    }
    return v;
  }

  private static int whole(String value, String expected) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw refused(value, expected);
    }
  }

  private static double number(String value, String expected) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw refused(value, expected);
    }
  }

  private static TypeConversionException refused(String value, String expected) {
    return new TypeConversionException("'" + value + "' is not " + expected);
  }
}

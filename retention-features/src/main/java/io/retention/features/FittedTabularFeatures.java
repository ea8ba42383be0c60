package io.retention.features;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.InputAttribute;
import io.retention.core.port.out.FittedFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fitted form of {@link TabularFeaturePipeline}. Immutable apart from thread-safe counters of
 * unseen categories, and safe to share between threads.
 */
final class FittedTabularFeatures implements FittedFeatures {

  /** A numeric attribute as learned in fit. */
  record NumericColumn(
      String attribute, double median, int missing, int n, boolean kept, boolean indicator) {}

  /** A one-hot encoded categorical attribute as learned in fit. */
  record OneHotColumn(String attribute, List<String> levels, int[] counts, int n) {
    OneHotColumn {
      levels = List.copyOf(levels);
      counts = counts.clone();
    }
  }

  private final List<NumericColumn> numeric;
  private final List<OneHotColumn> categorical;
  private final TabularFeatureConfig.MissingNumbers missingNumbers;
  private final List<String> notes;
  private final FeatureSchema schema;
  private final List<FeatureDescription> descriptions;
  private final Map<String, LongAdder> unseen;

  FittedTabularFeatures(
      List<NumericColumn> numeric,
      List<OneHotColumn> categorical,
      TabularFeatureConfig.MissingNumbers missingNumbers,
      List<String> notes) {
    this.numeric = List.copyOf(numeric);
    this.categorical = List.copyOf(categorical);
    this.missingNumbers = missingNumbers;
    this.notes = List.copyOf(notes);
    List<String> names = new ArrayList<>();
    List<FeatureDescription> described = new ArrayList<>();
    for (NumericColumn col : this.numeric) {
      if (col.kept()) {
        names.add(col.attribute());
        described.add(
            new FeatureDescription(
                col.attribute(),
                List.of(col.attribute()),
                missingNumbers == TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN
                    ? "value of " + col.attribute() + "; training median when missing"
                    : "value of " + col.attribute() + "; a missing value is an error",
                String.format(
                    Locale.ROOT,
                    "median=%s, missing in %d of %d",
                    col.median(),
                    col.missing(),
                    col.n())));
      }
      if (col.indicator()) {
        String name = col.attribute() + "_missing";
        names.add(name);
        described.add(
            new FeatureDescription(
                name,
                List.of(col.attribute()),
                "1 if " + col.attribute() + " is missing, else 0",
                String.format(Locale.ROOT, "missing in %d of %d", col.missing(), col.n())));
      }
    }
    Map<String, LongAdder> counters = new LinkedHashMap<>();
    for (OneHotColumn col : this.categorical) {
      counters.put(col.attribute(), new LongAdder());
      for (int i = 0; i < col.levels().size(); i++) {
        String level = col.levels().get(i);
        String name = col.attribute() + "=" + level;
        names.add(name);
        described.add(
            new FeatureDescription(
                name,
                List.of(col.attribute()),
                "1 if " + col.attribute() + " is '" + level + "', else 0",
                String.format(Locale.ROOT, "%d of %d", col.counts()[i], col.n())));
      }
    }
    this.unseen = Collections.unmodifiableMap(counters);
    this.schema = new FeatureSchema(names);
    this.descriptions = List.copyOf(described);
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  @Override
  public FeatureVector transform(Customer customer) {
    double[] values = new double[schema.size()];
    int j = 0;
    for (NumericColumn col : numeric) {
      OptionalDouble v = customer.numericValue(col.attribute());
      if (v.isEmpty() && missingNumbers == TabularFeatureConfig.MissingNumbers.REJECT) {
        throw new RetentionException(
            "customer "
                + customer.id()
                + " has no value for numeric attribute '"
                + col.attribute()
                + "'");
      }
      if (col.kept()) {
        values[j++] = v.orElse(col.median());
      }
      if (col.indicator()) {
        values[j++] = v.isPresent() ? 0.0 : 1.0;
      }
    }
    for (OneHotColumn col : categorical) {
      Optional<String> v = customer.categoricalValue(col.attribute());
      int level = v.isPresent() ? Collections.binarySearch(col.levels(), v.get()) : -1;
      if (level >= 0) {
        values[j + level] = 1.0;
      } else {
        unseen.get(col.attribute()).increment();
      }
      j += col.levels().size();
    }
    return FeatureVector.of(schema, values);
  }

  @Override
  public List<FeatureDescription> describe() {
    return descriptions;
  }

  @Override
  public List<InputAttribute> inputs() {
    List<InputAttribute> out = new ArrayList<>();
    boolean imputes = missingNumbers == TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN;
    for (NumericColumn col : numeric) {
      out.add(InputAttribute.numeric(col.attribute(), imputes && col.missing() > 0));
    }
    for (OneHotColumn col : categorical) {
      int encoded = 0;
      for (int count : col.counts()) {
        encoded += count;
      }
      out.add(InputAttribute.categorical(col.attribute(), encoded < col.n(), col.levels()));
    }
    return out;
  }

  @Override
  public List<String> fitNotes() {
    return notes;
  }

  /** The fitted numeric columns, for {@link TabularFeaturesCodec}. */
  List<NumericColumn> numericColumns() {
    return numeric;
  }

  /** The fitted one-hot columns, for {@link TabularFeaturesCodec}. */
  List<OneHotColumn> categoricalColumns() {
    return categorical;
  }

  /** The missing-number policy, for {@link TabularFeaturesCodec}. */
  TabularFeatureConfig.MissingNumbers missingNumbers() {
    return missingNumbers;
  }

  @Override
  public Map<String, Long> unseenCategoryCounts() {
    Map<String, Long> out = new LinkedHashMap<>();
    unseen.forEach((attribute, count) -> out.put(attribute, count.sum()));
    return out;
  }

  @Override
  public String toString() {
    return "FittedTabularFeatures" + schema.names();
  }
}

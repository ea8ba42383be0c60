package io.retention.features;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Encodes a customer's own attributes: each numeric attribute of the schema as itself (a missing
 * value imputed with the training median, or refused), and each categorical attribute one-hot, one
 * 0/1 feature {@code <attribute>=<level>} per level seen in training, in sorted level order.
 *
 * <p>What fit learns: the median of each numeric attribute, which numeric attributes are sometimes
 * missing, and the levels of each categorical attribute (the {@code maxLevels} most frequent, ties
 * by name). A level not learned (unseen or rare), or a missing category, encodes as all zeros.
 * Features that are constant in training carry no information and break standardisation, so they
 * are dropped and named in {@link FittedFeatures#fitNotes()}. Everything learned depends only on
 * the set of training customers, not their order.
 */
public final class TabularFeaturePipeline implements FeaturePipeline {
  private final CustomerSchema schema;
  private final TabularFeatureConfig config;

  /**
   * Creates a pipeline.
   *
   * @param schema which attributes to encode
   * @param config how to encode them
   */
  public TabularFeaturePipeline(CustomerSchema schema, TabularFeatureConfig config) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public FittedFeatures fit(List<Customer> training) {
    if (training.isEmpty()) {
      throw new IllegalArgumentException("cannot fit features on no customers");
    }
    List<FittedTabularFeatures.NumericColumn> numeric = new ArrayList<>();
    List<FittedTabularFeatures.OneHotColumn> categorical = new ArrayList<>();
    List<String> notes = new ArrayList<>();

    for (String attribute : schema.numericAttributes()) {
      numericColumn(training, attribute, notes).ifPresent(numeric::add);
    }

    for (String attribute : schema.categoricalAttributes()) {
      oneHotColumn(training, attribute, notes).ifPresent(categorical::add);
    }
    FittedTabularFeatures fitted =
        new FittedTabularFeatures(numeric, categorical, config.missingNumbers(), notes);
    if (fitted.schema().size() == 0) {
      throw new RetentionException(
          "no usable feature: every attribute of schema '"
              + schema.name()
              + "' is missing or constant in training ("
              + String.join("; ", notes)
              + ")");
    }
    return fitted;
  }

  /**
   * The numeric column of an attribute: its training median, missing count and whether it varies;
   * empty, with a note, when no training customer has a value.
   */
  private Optional<FittedTabularFeatures.NumericColumn> numericColumn(
      List<Customer> training, String attribute, List<String> notes) {
    int n = training.size();
    double[] present = new double[n];
    int count = 0;
    for (Customer c : training) {
      OptionalDouble v = c.numericValue(attribute);
      if (v.isPresent()) {
        present[count++] = v.getAsDouble();
      }
    }
    if (count == 0) {
      notes.add("dropped '" + attribute + "': no training customer has a value");
      return Optional.empty();
    }
    double[] values = Arrays.copyOf(present, count);
    Arrays.sort(values);
    double median =
        count % 2 == 1
            ? values[count / 2]
            : values[count / 2 - 1] + (values[count / 2] - values[count / 2 - 1]) / 2.0;
    int missing = n - count;
    boolean constant = values[0] == values[count - 1] && (missing == 0 || median == values[0]);
    boolean indicator = config.missingIndicators() && missing > 0;
    if (constant) {
      notes.add("dropped '" + attribute + "': constant (" + values[0] + ") in training");
    }
    return Optional.of(
        new FittedTabularFeatures.NumericColumn(
            attribute, median, missing, n, !constant, indicator));
  }

  /**
   * The one-hot column of an attribute: its most frequent levels, with a note when some are left
   * out; empty, with a note, when no training customer has a value or it is constant.
   */
  private Optional<FittedTabularFeatures.OneHotColumn> oneHotColumn(
      List<Customer> training, String attribute, List<String> notes) {
    int n = training.size();
    Map<String, Integer> counts = new TreeMap<>();
    int missing = 0;
    for (Customer c : training) {
      Optional<String> v = c.categoricalValue(attribute);
      if (v.isPresent()) {
        counts.merge(v.get(), 1, Integer::sum);
      } else {
        missing++;
      }
    }
    List<String> levels =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(config.maxLevels())
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    if (counts.size() > levels.size()) {
      notes.add(
          "'"
              + attribute
              + "' has "
              + counts.size()
              + " levels; the "
              + levels.size()
              + " most frequent are encoded, the rest count as unseen");
    }
    boolean constant = levels.size() == 1 && missing == 0 && counts.size() == 1;
    if (levels.isEmpty() || constant) {
      notes.add(
          "dropped '"
              + attribute
              + "': "
              + (levels.isEmpty() ? "no training customer has a value" : "constant in training"));
      return Optional.empty();
    }
    int[] levelCounts = levels.stream().mapToInt(counts::get).toArray();
    return Optional.of(new FittedTabularFeatures.OneHotColumn(attribute, levels, levelCounts, n));
  }
}

package io.retention.core.port.out;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.InputAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fitted feature pipeline: turns a customer into a {@link FeatureVector} with statistics learned
 * once. Implementations are immutable and safe to share between threads.
 */
public interface FittedFeatures {

  /**
   * The names of the features produced, in order.
   *
   * @return the schema
   */
  FeatureSchema schema();

  /**
   * Computes one customer's features.
   *
   * @param customer the customer
   * @return the features, with {@link #schema()}
   * @throws io.retention.core.RetentionException if the customer lacks an attribute that a feature
   *     needs and the pipeline has no imputation for it; the message names the customer and the
   *     attribute
   */
  FeatureVector transform(Customer customer);

  /**
   * Computes features for many customers, keeping their labels.
   *
   * @param customers the customers, with distinct identifiers
   * @return one row per customer, in order
   */
  default FeatureMatrix transformAll(List<Customer> customers) {
    List<CustomerId> ids = new ArrayList<>(customers.size());
    List<FeatureVector> rows = new ArrayList<>(customers.size());
    List<ChurnLabel> labels = new ArrayList<>(customers.size());
    for (Customer c : customers) {
      ids.add(c.id());
      rows.add(transform(c));
      labels.add(c.label());
    }
    return FeatureMatrix.of(schema(), ids, rows, labels);
  }

  /**
   * The feature report: one line per feature with its sources, formula and fitted statistics.
   *
   * @return one description per feature, in schema order
   */
  List<FeatureDescription> describe();

  /**
   * What fitting dropped or changed, for people: constant features, attributes with no values.
   *
   * @return notes, possibly empty
   */
  List<String> fitNotes();

  /**
   * How many transformed customers had a category that fit never saw (or a rare one it did not
   * encode), by attribute, since this object was created. Such a category encodes as the explicit
   * "other" level: zero in every one-hot feature of the attribute.
   *
   * @return counts by attribute name; empty for pipelines without categories
   */
  default Map<String, Long> unseenCategoryCounts() {
    return Map.of();
  }

  /**
   * The customer attributes this pipeline reads, with their kinds, whether a customer may lack them
   * and the category levels it knows; strict scoring and the layout check compare customers with
   * it.
   *
   * @return one input per attribute, in a stable order; empty when the pipeline does not say, and
   *     then nothing is checked
   */
  default List<InputAttribute> inputs() {
    return List.of();
  }
}

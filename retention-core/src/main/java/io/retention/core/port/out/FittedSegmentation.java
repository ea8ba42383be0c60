package io.retention.core.port.out;

import io.retention.core.domain.Customer;
import io.retention.core.domain.Segment;
import java.util.List;
import java.util.Objects;

/**
 * The segments a run found, ready to place a raw customer: the feature pipeline fitted for the
 * segmentation and the segmentation model over its features, whose segments carry their readable
 * names. Immutable and thread-safe when its parts are, as the ports require.
 *
 * @param features the fitted features the segmentation reads
 * @param model the segmentation over {@code features}' schema
 */
public record FittedSegmentation(FittedFeatures features, SegmentationModel model) {

  /** Checks that the parts are present. */
  public FittedSegmentation {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(model, "model");
  }

  /**
   * The segments, by index.
   *
   * @return the named segments
   */
  public List<Segment> segments() {
    return model.segments();
  }

  /**
   * The segment of one customer.
   *
   * @param customer the customer's raw attributes
   * @return its segment
   */
  public Segment assign(Customer customer) {
    return model.assign(features.transform(customer));
  }

  /**
   * The segment index of each customer, in order.
   *
   * @param customers the customers
   * @return one index per customer
   */
  public int[] assignAll(List<Customer> customers) {
    return model.assignAll(features.transformAll(customers));
  }
}

package io.retention.core.port.out;

import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import java.util.List;

/**
 * Learns the derived signals the retention engine reads (RFM cut points, behavioural flags,
 * engagement) from a sample of customers, once; the fitted signals are then applied unchanged to
 * every customer, in the run, in a command and in a host's service, and are saved with the model.
 */
public interface SignalPipeline {

  /**
   * Fits the signals that the layout has the roles for.
   *
   * @param schema the customers' layout
   * @param sample the customers to learn from, at least one
   * @return the fitted signals, immutable and thread-safe
   */
  FittedSignals fit(CustomerSchema schema, List<Customer> sample);
}

package io.retention.core.port.out;

import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import java.util.stream.Stream;

/** Where customers come from: a file, a database, a generator, a host application. */
public interface CustomerSource {

  /**
   * The layout of the customers this source yields.
   *
   * @return the schema
   */
  CustomerSchema schema();

  /**
   * Opens a fresh pass over every customer. Each call starts again from the first customer, and
   * yields the same customers in the same order. The caller closes the stream, which releases any
   * file or connection behind it; a source may stream more customers than fit in memory.
   *
   * @return the customers
   * @throws io.retention.core.RetentionException if the data cannot be read
   */
  Stream<Customer> customers();
}

package io.retention.examples.bench;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.FittedFeatures;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.features.BehaviouralConfig;
import io.retention.features.BehaviouralFeatures;
import io.retention.features.CompositeFeaturePipeline;
import io.retention.features.RfmConfig;
import io.retention.features.RfmFeatures;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the feature pipelines on generated customers of the demo layout (tabular encoding;
 * behavioural and RFM features on one and two threads), beside the cost of merely reading every
 * attribute of the same customers (the reference: no encoding).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FeatureTransformBenchmark {
  private static final int CUSTOMERS = 100_000;

  private List<Customer> customers;
  private FittedFeatures features;
  private FittedFeatures behaviouralAndRfm;

  /** Generates the customers and fits the pipeline on them. */
  @Setup
  public void setUp() {
    customers = new SyntheticCustomers(CUSTOMERS, 42).customers().toList();
    features =
        new TabularFeaturePipeline(SyntheticCustomers.SCHEMA, TabularFeatureConfig.DEFAULTS)
            .fit(customers);
    behaviouralAndRfm =
        new CompositeFeaturePipeline(
                List.of(
                    new BehaviouralFeatures(SyntheticCustomers.SCHEMA, BehaviouralConfig.DEFAULTS),
                    new RfmFeatures(SyntheticCustomers.SCHEMA, RfmConfig.DEFAULTS)))
            .fit(customers);
  }

  /**
   * Behavioural and RFM features for every customer, on one thread.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void behaviouralAndRfm(Blackhole sink) {
    for (Customer c : customers) {
      sink.consume(behaviouralAndRfm.transform(c));
    }
  }

  /**
   * The same on two threads at once, each over every customer (throughput is the sum).
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(CUSTOMERS)
  public void behaviouralAndRfmTwoThreads(Blackhole sink) {
    behaviouralAndRfm(sink);
  }

  /**
   * Transforms every customer, one at a time.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void transform(Blackhole sink) {
    for (Customer c : customers) {
      FeatureVector v = features.transform(c);
      sink.consume(v);
    }
  }

  /**
   * Reads every attribute of every customer: the floor any encoding pays.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void readAttributesOnly(Blackhole sink) {
    for (Customer c : customers) {
      for (String a : SyntheticCustomers.SCHEMA.numericAttributes()) {
        sink.consume(c.numericValue(a));
      }
      for (String a : SyntheticCustomers.SCHEMA.categoricalAttributes()) {
        sink.consume(c.categoricalValue(a));
      }
    }
  }
}

package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.testing.TestCustomers;
import org.junit.jupiter.api.Test;

class FeaturesModuleTest {

  @Test
  void bindsTheFeaturePipelinePortForTheHostsSchema() {
    FeaturePipeline pipeline =
        Guice.createInjector(
                new FeaturesModule(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(CustomerSchema.class).toInstance(TestCustomers.SMALL_SCHEMA);
                  }
                })
            .getInstance(FeaturePipeline.class);
    assertInstanceOf(CompositeFeaturePipeline.class, pipeline);
  }

  @Test
  void bindsTheCodecThatStoresTheStandardFeatureSet() {
    assertInstanceOf(
        FeatureSetCodec.class,
        Guice.createInjector(
                new FeaturesModule(),
                binder -> binder.bind(CustomerSchema.class).toInstance(TestCustomers.SMALL_SCHEMA))
            .getInstance(io.retention.core.port.out.FittedFeaturesCodec.class));
  }
}

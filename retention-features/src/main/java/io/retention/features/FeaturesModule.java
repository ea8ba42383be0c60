package io.retention.features;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeaturesCodec;
import io.retention.core.port.out.FittedSignalsCodec;
import io.retention.core.port.out.SignalPipeline;

/**
 * Guice wiring for this module: binds core's {@link FeaturePipeline} port to the {@link
 * StandardFeatures} of the host's table, the {@link SignalPipeline} port to the {@link
 * StandardSignals} (RFM, behavioural flags, engagement), and the {@link FittedFeaturesCodec} port
 * to the {@link FeatureSetCodec} that stores them in model bundles; adds both feature codecs and
 * the {@link StandardSignalsCodec} to the bundle file's codec sets. The host binds the {@link
 * CustomerSchema} of its customer table.
 */
public final class FeaturesModule extends AbstractModule {
  private final TabularFeatureConfig config;

  /** Wires the pipeline with {@link TabularFeatureConfig#DEFAULTS} for the tabular encoding. */
  public FeaturesModule() {
    this(TabularFeatureConfig.DEFAULTS);
  }

  /**
   * Wires the pipeline with a configuration.
   *
   * @param config how attributes are encoded
   */
  public FeaturesModule(TabularFeatureConfig config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  @Provides
  FittedFeaturesCodec fittedFeaturesCodec() {
    return new FeatureSetCodec();
  }

  @Provides
  SignalPipeline signalPipeline() {
    return new StandardSignals();
  }

  @Override
  protected void configure() {
    Multibinder<FittedFeaturesCodec> codecs =
        Multibinder.newSetBinder(binder(), FittedFeaturesCodec.class);
    codecs.addBinding().toInstance(new FeatureSetCodec());
    codecs.addBinding().toInstance(new TabularFeaturesCodec());
    Multibinder.newSetBinder(binder(), FittedSignalsCodec.class)
        .addBinding()
        .toInstance(new StandardSignalsCodec());
  }

  @Provides
  FeaturePipeline featurePipeline(CustomerSchema schema) {
    return StandardFeatures.forSchema(schema, config);
  }
}

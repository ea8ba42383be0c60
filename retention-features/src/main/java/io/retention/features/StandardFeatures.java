package io.retention.features;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.FeaturePipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's default feature set for a table: the tabular encoding of every attribute, plus the
 * behavioural features when the table has a usage, daily-usage or recency role, plus RFM scores
 * when it has recency, spend, and frequency or usage roles.
 */
public final class StandardFeatures {
  private StandardFeatures() {}

  /**
   * The default pipeline for a table layout.
   *
   * @param schema the layout
   * @param tabular how attributes are encoded
   * @return the composite of the families that apply
   */
  public static FeaturePipeline forSchema(CustomerSchema schema, TabularFeatureConfig tabular) {
    List<FeaturePipeline> parts = new ArrayList<>();
    parts.add(new TabularFeaturePipeline(schema, tabular));
    boolean usage = schema.attribute(AttributeRole.USAGE).isPresent();
    boolean recency = schema.attribute(AttributeRole.RECENCY).isPresent();
    if (usage || recency || schema.attribute(AttributeRole.DAILY_USAGE).isPresent()) {
      parts.add(new BehaviouralFeatures(schema, BehaviouralConfig.DEFAULTS));
    }
    if (recency
        && schema.attribute(AttributeRole.SPEND).isPresent()
        && (usage || schema.attribute(AttributeRole.FREQUENCY).isPresent())) {
      parts.add(new RfmFeatures(schema, RfmConfig.DEFAULTS));
    }
    return new CompositeFeaturePipeline(parts);
  }
}

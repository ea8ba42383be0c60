package io.retention.features;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.InputAttribute;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import java.util.ArrayList;
import java.util.List;

/**
 * Several feature families side by side: fits each part on the same training customers and
 * concatenates their features in part order. Feature names must be distinct across parts.
 */
public final class CompositeFeaturePipeline implements FeaturePipeline {
  private final List<FeaturePipeline> parts;

  /**
   * Combines pipelines.
   *
   * @param parts the families, in output order; at least one
   */
  public CompositeFeaturePipeline(List<FeaturePipeline> parts) {
    this.parts = List.copyOf(parts);
    if (this.parts.isEmpty()) {
      throw new IllegalArgumentException("a composite pipeline needs at least one part");
    }
  }

  @Override
  public FittedFeatures fit(List<Customer> training) {
    List<FittedFeatures> fitted = new ArrayList<>(parts.size());
    for (FeaturePipeline p : parts) {
      fitted.add(p.fit(training));
    }
    return new Fitted(fitted);
  }

  /** The fitted composite. Immutable and thread-safe when its parts are. */
  static final class Fitted implements FittedFeatures {
    private final List<FittedFeatures> parts;
    private final FeatureSchema schema;
    private final List<FeatureDescription> descriptions;
    private final List<String> notes;

    Fitted(List<FittedFeatures> parts) {
      this.parts = List.copyOf(parts);
      List<String> names = new ArrayList<>();
      List<FeatureDescription> described = new ArrayList<>();
      List<String> allNotes = new ArrayList<>();
      for (FittedFeatures p : parts) {
        names.addAll(p.schema().names());
        described.addAll(p.describe());
        allNotes.addAll(p.fitNotes());
      }
      this.schema = new FeatureSchema(names); // rejects a name used by two parts
      this.descriptions = List.copyOf(described);
      this.notes = List.copyOf(allNotes);
    }

    List<FittedFeatures> parts() {
      return parts;
    }

    @Override
    public FeatureSchema schema() {
      return schema;
    }

    @Override
    public FeatureVector transform(Customer customer) {
      double[] values = new double[schema.size()];
      int offset = 0;
      for (FittedFeatures p : parts) {
        double[] part = p.transform(customer).toArray();
        System.arraycopy(part, 0, values, offset, part.length);
        offset += part.length;
      }
      return FeatureVector.of(schema, values);
    }

    @Override
    public List<InputAttribute> inputs() {
      java.util.Map<String, InputAttribute> out = new java.util.LinkedHashMap<>();
      for (FittedFeatures p : parts) {
        for (InputAttribute in : p.inputs()) {
          out.merge(in.name(), in, InputAttribute::and);
        }
      }
      return List.copyOf(out.values());
    }

    @Override
    public List<FeatureDescription> describe() {
      return descriptions;
    }

    @Override
    public List<String> fitNotes() {
      return notes;
    }
  }
}

package io.retention.core.explain;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sums the contributions of features that come from the same customer attribute, so that reasons
 * speak of "plan = Basic" rather than of three one-hot columns.
 *
 * <p>A feature belongs to the attribute its {@link FeatureDescription#sources()} names when it
 * names exactly one; a feature computed from several attributes (or from none) stays a group of its
 * own, under its own name. The customer's value of a group is read from the member features, named
 * as the feature pipeline names them: {@code attribute} holds the number, {@code attribute_missing}
 * is 1 when it was missing, and {@code attribute=level} is 1 for the customer's level. Sums keep
 * additivity: the groups' contributions add up to the same total as the features'.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class AttributeGrouping {
  private static final String MISSING_SUFFIX = "_missing";
  private static final String LEVEL_SEPARATOR = "=";

  /** The value of a one-hot attribute when none of its known levels is set. */
  static final String OTHER_LEVEL = "other";

  /** The value of an attribute whose missing indicator is set. */
  static final String MISSING = "missing";

  private final FeatureSchema schema;
  private final Map<String, List<Integer>> groups;

  private AttributeGrouping(FeatureSchema schema, Map<String, List<Integer>> groups) {
    this.schema = schema;
    this.groups = groups;
  }

  /**
   * Groups features by the attribute they come from.
   *
   * @param schema the features explained
   * @param descriptions one description per feature of the schema, in any order
   * @return the grouping
   * @throws IllegalArgumentException if a feature has no description
   */
  public static AttributeGrouping of(FeatureSchema schema, List<FeatureDescription> descriptions) {
    Objects.requireNonNull(schema, "schema");
    Map<String, FeatureDescription> byName = new HashMap<>();
    for (FeatureDescription d : descriptions) {
      byName.put(d.name(), d);
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < schema.size(); i++) {
      String name = schema.names().get(i);
      FeatureDescription d = byName.get(name);
      if (d == null) {
        throw new IllegalArgumentException("no description of feature '" + name + "'");
      }
      String key = d.sources().size() == 1 ? d.sources().get(0) : name;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return new AttributeGrouping(schema, freeze(groups));
  }

  /**
   * No grouping: every feature is its own attribute.
   *
   * @param schema the features explained
   * @return the grouping
   */
  public static AttributeGrouping identity(FeatureSchema schema) {
    Objects.requireNonNull(schema, "schema");
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < schema.size(); i++) {
      groups.put(schema.names().get(i), List.of(i));
    }
    return new AttributeGrouping(schema, freeze(groups));
  }

  private static Map<String, List<Integer>> freeze(Map<String, List<Integer>> groups) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The attributes, in the order their first feature appears in the schema.
   *
   * @return the attribute names
   */
  public List<String> attributes() {
    return List.copyOf(groups.keySet());
  }

  /**
   * Sums an explanation's contributions by attribute.
   *
   * @param explanation an explanation of a row with this grouping's schema
   * @return one entry per attribute, in {@link #attributes()} order
   * @throws IllegalArgumentException if the explanation's features are not the schema's
   */
  public List<AttributeContribution> group(Explanation explanation) {
    List<Contribution> cs = explanation.contributions();
    if (cs.size() != schema.size()) {
      throw new IllegalArgumentException(
          "expected " + schema.size() + " contributions, got " + cs.size());
    }
    for (int i = 0; i < cs.size(); i++) {
      if (!cs.get(i).feature().equals(schema.names().get(i))) {
        throw new IllegalArgumentException(
            "contribution "
                + i
                + " is of '"
                + cs.get(i).feature()
                + "', expected '"
                + schema.names().get(i)
                + "'");
      }
    }
    List<AttributeContribution> out = new ArrayList<>(groups.size());
    groups.forEach(
        (attribute, members) -> {
          double sum = 0.0;
          List<String> names = new ArrayList<>(members.size());
          for (int i : members) {
            sum += cs.get(i).contribution();
            names.add(cs.get(i).feature());
          }
          out.add(
              new AttributeContribution(attribute, valueOf(attribute, members, cs), sum, names));
        });
    return out;
  }

  /** The customer's value of an attribute, in words, read from its member features. */
  private static String valueOf(String attribute, List<Integer> members, List<Contribution> cs) {
    String number = null;
    List<String> levels = new ArrayList<>();
    boolean oneHot = false;
    for (int i : members) {
      Contribution c = cs.get(i);
      String name = c.feature();
      if (name.equals(attribute + MISSING_SUFFIX)) {
        if (c.value() != 0.0) {
          return MISSING;
        }
      } else if (name.startsWith(attribute + LEVEL_SEPARATOR)) {
        oneHot = true;
        if (c.value() != 0.0) {
          levels.add(name.substring(attribute.length() + LEVEL_SEPARATOR.length()));
        }
      } else if (name.equals(attribute) || members.size() == 1) {
        number = Format.value(c.value());
      }
    }
    if (!levels.isEmpty()) {
      return String.join(", ", levels);
    }
    if (number != null) {
      return number;
    }
    if (oneHot) {
      return OTHER_LEVEL;
    }
    List<String> parts = new ArrayList<>();
    for (int i : members) {
      parts.add(cs.get(i).feature() + " " + Format.value(cs.get(i).value()));
    }
    return String.join(", ", parts);
  }
}

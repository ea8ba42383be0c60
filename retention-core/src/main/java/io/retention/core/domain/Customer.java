package io.retention.core.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A customer: an identifier, numeric and categorical attributes, and the churn outcome where it is
 * known.
 *
 * <p>An attribute that is absent from both maps is missing; numeric values are always finite (a
 * missing number is absent, never NaN). The identifier and the label are not attributes, so they
 * can never become model features.
 *
 * @param id the customer's identifier
 * @param numeric numeric attributes by name; values are finite
 * @param categorical categorical attributes by name; values are not blank
 * @param label the churn outcome, {@link ChurnLabel#UNKNOWN} when not known
 */
public record Customer(
    CustomerId id, Map<String, Double> numeric, Map<String, String> categorical, ChurnLabel label) {

  /** Checks and copies the attributes. */
  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    numeric = Map.copyOf(Objects.requireNonNull(numeric, "numeric"));
    categorical = Map.copyOf(Objects.requireNonNull(categorical, "categorical"));
    for (Map.Entry<String, Double> e : numeric.entrySet()) {
      Checks.notBlank(e.getKey(), "attribute name");
      if (!Double.isFinite(e.getValue())) {
        // The message is built only on failure: this constructor runs once per row read.
        Checks.finite(e.getValue(), "attribute '" + e.getKey() + "' of customer " + id);
      }
    }
    for (Map.Entry<String, String> e : categorical.entrySet()) {
      Checks.notBlank(e.getKey(), "attribute name");
      if (e.getValue().isBlank()) {
        Checks.notBlank(e.getValue(), "attribute '" + e.getKey() + "' of customer " + id);
      }
      if (numeric.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "attribute '"
                + e.getKey()
                + "' of customer "
                + id
                + " is both numeric and categorical");
      }
    }
  }

  /**
   * A numeric attribute.
   *
   * @param name the attribute name
   * @return the value, or empty when the customer has no such numeric attribute
   */
  public OptionalDouble numericValue(String name) {
    Double v = numeric.get(name);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * A categorical attribute.
   *
   * @param name the attribute name
   * @return the value, or empty when the customer has no such categorical attribute
   */
  public Optional<String> categoricalValue(String name) {
    return Optional.ofNullable(categorical.get(name));
  }

  /**
   * Whether the churn outcome is known.
   *
   * @return true unless the label is {@link ChurnLabel#UNKNOWN}
   */
  public boolean isLabelled() {
    return label != ChurnLabel.UNKNOWN;
  }

  /**
   * Whether the customer churned.
   *
   * @return true for {@link ChurnLabel#CHURNED}
   * @throws IllegalStateException when the outcome is not known
   */
  public boolean churned() {
    if (label == ChurnLabel.UNKNOWN) {
      throw new IllegalStateException("customer " + id + " has no churn label");
    }
    return label == ChurnLabel.CHURNED;
  }

  /**
   * Starts a customer.
   *
   * @param id the identifier, not blank
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(CustomerId.of(id));
  }

  /** Builds a {@link Customer} attribute by attribute. Not thread-safe. */
  public static final class Builder {
    private final CustomerId id;
    private final Map<String, Double> numeric = new LinkedHashMap<>();
    private final Map<String, String> categorical = new LinkedHashMap<>();
    private ChurnLabel label = ChurnLabel.UNKNOWN;

    private Builder(CustomerId id) {
      this.id = id;
    }

    /**
     * Sets a numeric attribute.
     *
     * @param name the attribute name
     * @param value a finite value
     * @return this builder
     */
    public Builder numeric(String name, double value) {
      numeric.put(name, value);
      return this;
    }

    /**
     * Sets a categorical attribute.
     *
     * @param name the attribute name
     * @param value the category, not blank
     * @return this builder
     */
    public Builder categorical(String name, String value) {
      categorical.put(name, value);
      return this;
    }

    /**
     * Sets the churn outcome.
     *
     * @param label the outcome
     * @return this builder
     */
    public Builder label(ChurnLabel label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /**
     * Sets a known churn outcome.
     *
     * @param churned whether the customer left
     * @return this builder
     */
    public Builder churned(boolean churned) {
      return label(ChurnLabel.of(churned));
    }

    /**
     * Builds the customer.
     *
     * @return the customer
     * @throws IllegalArgumentException if an attribute is invalid
     */
    public Customer build() {
      return new Customer(id, numeric, categorical, label);
    }
  }
}

package io.retention.examples.dashboard;

import io.retention.core.domain.Customer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the prediction form's values into a customer, refusing impossible values by field. */
final class FormInput {
  private FormInput() {}

  /**
   * Builds a customer from form values.
   *
   * @param id the customer's id
   * @param input values by field name
   * @param fields what each field accepts
   * @return the customer
   * @throws ApiException (400) naming the first wrong field
   */
  static Customer toCustomer(String id, Map<String, ?> input, List<FormField> fields) {
    for (String name : input.keySet()) {
      if (fields.stream().noneMatch(f -> f.name().equals(name))) {
        throw ApiException.badField(name, "unknown field '" + name + "'");
      }
    }
    Customer.Builder b = Customer.builder(id);
    for (FormField f : fields) {
      Object raw = input.get(f.name());
      if (raw == null || raw.toString().isBlank()) {
        throw ApiException.badField(f.name(), f.name() + " is required");
      }
      String text = raw.toString().trim();
      if (f.kind().equals(FormField.NUMERIC)) {
        b.numeric(f.name(), number(f, raw, text));
      } else {
        if (!f.levels().contains(text)) {
          throw ApiException.badField(
              f.name(), f.name() + " must be one of " + f.levels() + ", got '" + text + "'");
        }
        b.categorical(f.name(), text);
      }
    }
    return b.build();
  }

  private static double number(FormField f, Object raw, String text) {
    double v;
    if (raw instanceof Number n) {
      v = n.doubleValue();
    } else {
      try {
        v = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw ApiException.badField(f.name(), f.name() + " must be a number, got '" + text + "'");
      }
    }
    if (!Double.isFinite(v)) {
      throw ApiException.badField(f.name(), f.name() + " must be a finite number");
    }
    if (!Double.isNaN(f.min()) && v < f.min()) {
      throw ApiException.badField(
          f.name(),
          String.format(Locale.ROOT, "%s cannot be below %s, got %s", f.name(), f.min(), text));
    }
    if (!Double.isNaN(f.max()) && v > f.max()) {
      throw ApiException.badField(
          f.name(),
          String.format(
              Locale.ROOT, "%s cannot be above %s (implausible), got %s", f.name(), f.max(), text));
    }
    return v;
  }
}

package io.retention.core.domain;

import io.retention.core.RetentionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares customers, and customer layouts, with the attributes a fitted pipeline reads ({@link
 * InputAttribute}). Stateless.
 */
public final class InputCheck {
  private InputCheck() {}

  /**
   * How one customer matches the inputs.
   *
   * @param inputs what the pipeline reads; empty when it does not say, and then nothing is reported
   * @param customer the customer
   * @return the report
   */
  public static InputReport check(List<InputAttribute> inputs, Customer customer) {
    if (inputs.isEmpty()) {
      return InputReport.CLEAN;
    }
    List<String> imputed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> wrongKind = new ArrayList<>();
    Map<String, String> unseen = new LinkedHashMap<>();
    TreeSet<String> unknown = new TreeSet<>(customer.numeric().keySet());
    unknown.addAll(customer.categorical().keySet());
    for (InputAttribute in : inputs) {
      unknown.remove(in.name());
      boolean asNumber = customer.numeric().containsKey(in.name());
      boolean asText = customer.categorical().containsKey(in.name());
      boolean numeric = in.kind() == InputAttribute.Kind.NUMERIC;
      if (numeric ? asText : asNumber) {
        wrongKind.add(in.name());
      } else if (!(numeric ? asNumber : asText)) {
        (in.optional() ? imputed : missing).add(in.name());
      } else if (!numeric && !in.levels().isEmpty()) {
        String level = customer.categorical().get(in.name());
        if (Collections.binarySearch(in.levels(), level) < 0) {
          unseen.put(in.name(), level);
        }
      }
    }
    return new InputReport(imputed, missing, List.copyOf(unknown), wrongKind, unseen);
  }

  /**
   * Refuses a customer layout that lacks an attribute the pipeline reads, or declares one as the
   * other kind (a number read as a category changes scores without a word).
   *
   * @param inputs what the pipeline reads; empty when it does not say
   * @param schema the layout customers are read with
   * @param what the customers and the model, for the message, such as "the customers in a.csv
   *     (mapping 'telco') for the model in m.bundle"
   * @throws RetentionException naming the attributes and their kinds
   */
  public static void requireLayout(
      List<InputAttribute> inputs, CustomerSchema schema, String what) {
    List<String> absent = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (InputAttribute in : inputs) {
      boolean numeric = schema.numericAttributes().contains(in.name());
      boolean categorical = schema.categoricalAttributes().contains(in.name());
      if (!numeric && !categorical) {
        absent.add(in.name());
      } else if (numeric != (in.kind() == InputAttribute.Kind.NUMERIC)) {
        kinds.add(
            "'"
                + in.name()
                + "' is "
                + (numeric ? "numeric" : "categorical")
                + " in the mapping but was "
                + in.kind().word()
                + " in training");
      }
    }
    if (!kinds.isEmpty()) {
      throw new RetentionException(
          what + ": " + String.join("; ", kinds) + "; use the mapping the model was trained with");
    }
    if (!absent.isEmpty()) {
      throw new RetentionException(
          what
              + ": the customers lack the attributes "
              + absent
              + " that the model was trained on; use the mapping the model was trained with");
    }
  }
}

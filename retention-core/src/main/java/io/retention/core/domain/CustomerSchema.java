package io.retention.core.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which attributes a customer table has and which part each plays.
 *
 * <p>The schema lists the numeric and the categorical attributes that may become features, and maps
 * {@link AttributeRole roles} (recency, spend, plan, …) to attribute names, so that the same
 * feature pipeline serves tables with different column names. Presets describe the public datasets
 * the library is tested on.
 *
 * @param name a short name for the table layout, for reports
 * @param numericAttributes numeric attribute names, in a stable order
 * @param categoricalAttributes categorical attribute names, in a stable order
 * @param roles attribute names by role; a numeric role names a numeric attribute, a categorical
 *     role a categorical one
 */
public record CustomerSchema(
    String name,
    List<String> numericAttributes,
    List<String> categoricalAttributes,
    Map<AttributeRole, String> roles) {

  /**
   * The Netflix customer-churn table: age, gender, subscription_type, watch_hours, last_login_days,
   * region, device, monthly_fee, payment_method, number_of_profiles, avg_watch_time_per_day,
   * favorite_genre.
   */
  public static final CustomerSchema NETFLIX =
      new CustomerSchema(
          "netflix",
          List.of(
              "age",
              "watch_hours",
              "last_login_days",
              "monthly_fee",
              "number_of_profiles",
              "avg_watch_time_per_day"),
          List.of(
              "gender",
              "subscription_type",
              "region",
              "device",
              "payment_method",
              "favorite_genre"),
          Map.of(
              AttributeRole.RECENCY, "last_login_days",
              AttributeRole.USAGE, "watch_hours",
              AttributeRole.DAILY_USAGE, "avg_watch_time_per_day",
              AttributeRole.SPEND, "monthly_fee",
              AttributeRole.PROFILES, "number_of_profiles",
              AttributeRole.AGE, "age",
              AttributeRole.PLAN, "subscription_type",
              AttributeRole.FAVOURITE_GENRE, "favorite_genre",
              AttributeRole.REGION, "region"));

  /** The IBM Telco customer-churn table (customerID and Churn are the id and the label). */
  public static final CustomerSchema TELCO =
      new CustomerSchema(
          "telco",
          List.of("SeniorCitizen", "tenure", "MonthlyCharges", "TotalCharges"),
          List.of(
              "gender",
              "Partner",
              "Dependents",
              "PhoneService",
              "MultipleLines",
              "InternetService",
              "OnlineSecurity",
              "OnlineBackup",
              "DeviceProtection",
              "TechSupport",
              "StreamingTV",
              "StreamingMovies",
              "Contract",
              "PaperlessBilling",
              "PaymentMethod"),
          Map.of(
              AttributeRole.TENURE, "tenure",
              AttributeRole.SPEND, "MonthlyCharges",
              AttributeRole.PLAN, "Contract"));

  /**
   * A bank's customer table with the columns of the well-known Churn_Modelling file (CustomerId and
   * Exited are the id and the label; RowNumber and Surname are not attributes).
   */
  public static final CustomerSchema BANK =
      new CustomerSchema(
          "bank",
          List.of(
              "CreditScore",
              "Age",
              "Tenure",
              "Balance",
              "NumOfProducts",
              "HasCrCard",
              "IsActiveMember",
              "EstimatedSalary"),
          List.of("Geography", "Gender"),
          Map.of(
              AttributeRole.TENURE, "Tenure",
              AttributeRole.SPEND, "Balance",
              AttributeRole.FREQUENCY, "NumOfProducts",
              AttributeRole.AGE, "Age",
              AttributeRole.REGION, "Geography"));

  /** Checks that names are unique and that every role names an attribute of the right kind. */
  public CustomerSchema {
    Checks.notBlank(name, "schema name");
    numericAttributes = List.copyOf(numericAttributes);
    categoricalAttributes = List.copyOf(categoricalAttributes);
    roles = Map.copyOf(Objects.requireNonNull(roles, "roles"));
    Set<String> seen = new HashSet<>();
    for (String attribute : numericAttributes) {
      Checks.notBlank(attribute, "attribute name");
      if (!seen.add(attribute)) {
        throw new IllegalArgumentException("attribute '" + attribute + "' is listed twice");
      }
    }
    for (String attribute : categoricalAttributes) {
      Checks.notBlank(attribute, "attribute name");
      if (!seen.add(attribute)) {
        throw new IllegalArgumentException("attribute '" + attribute + "' is listed twice");
      }
    }
    for (Map.Entry<AttributeRole, String> role : roles.entrySet()) {
      List<String> kind = role.getKey().isNumeric() ? numericAttributes : categoricalAttributes;
      if (!kind.contains(role.getValue())) {
        throw new IllegalArgumentException(
            "role "
                + role.getKey()
                + " names '"
                + role.getValue()
                + "', which is not one of the "
                + (role.getKey().isNumeric() ? "numeric" : "categorical")
                + " attributes "
                + kind);
      }
    }
  }

  /**
   * The attribute that plays a role in this table.
   *
   * @param role the role
   * @return the attribute name, or empty when the table has no attribute in that role
   */
  public Optional<String> attribute(AttributeRole role) {
    return Optional.ofNullable(roles.get(role));
  }

  /**
   * A copy with one more numeric attribute that plays a role (replacing any attribute that played
   * that role before).
   *
   * @param attribute the new attribute's name
   * @param role the numeric role it plays
   * @return the extended schema
   */
  public CustomerSchema withNumeric(String attribute, AttributeRole role) {
    List<String> numeric = new ArrayList<>(numericAttributes);
    numeric.add(attribute);
    Map<AttributeRole, String> withRole = new EnumMap<>(AttributeRole.class);
    withRole.putAll(roles);
    withRole.put(role, attribute);
    return new CustomerSchema(name, numeric, categoricalAttributes, withRole);
  }
}

package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerSchemaTest {

  private static final CustomerSchema SMALL =
      new CustomerSchema(
          "small",
          List.of("recency_days", "spend"),
          List.of("plan"),
          Map.of(
              AttributeRole.RECENCY, "recency_days",
              AttributeRole.SPEND, "spend",
              AttributeRole.PLAN, "plan"));

  /** The attributes of a schema plus the id and label columns, as a set of column names. */
  private static Set<String> columns(CustomerSchema schema, String id, String label) {
    Set<String> all = new HashSet<>(schema.numericAttributes());
    all.addAll(schema.categoricalAttributes());
    all.add(id);
    all.add(label);
    return all;
  }

  @Test
  void looksUpTheAttributeOfARole() {
    assertEquals(Optional.of("recency_days"), SMALL.attribute(AttributeRole.RECENCY));
    assertEquals(Optional.of("plan"), SMALL.attribute(AttributeRole.PLAN));
    assertEquals(Optional.empty(), SMALL.attribute(AttributeRole.TENURE));
  }

  @Test
  void netflixPresetCoversEveryColumnOfTheNetflixChurnTable() {
    Set<String> header =
        Set.of(
            "customer_id",
            "age",
            "gender",
            "subscription_type",
            "watch_hours",
            "last_login_days",
            "region",
            "device",
            "monthly_fee",
            "churned",
            "payment_method",
            "number_of_profiles",
            "avg_watch_time_per_day",
            "favorite_genre");

    assertEquals(header, columns(CustomerSchema.NETFLIX, "customer_id", "churned"));
    assertEquals("netflix", CustomerSchema.NETFLIX.name());
    assertEquals(
        Optional.of("last_login_days"), CustomerSchema.NETFLIX.attribute(AttributeRole.RECENCY));
    assertEquals(Optional.of("watch_hours"), CustomerSchema.NETFLIX.attribute(AttributeRole.USAGE));
    assertEquals(
        Optional.of("avg_watch_time_per_day"),
        CustomerSchema.NETFLIX.attribute(AttributeRole.DAILY_USAGE));
    assertEquals(Optional.of("monthly_fee"), CustomerSchema.NETFLIX.attribute(AttributeRole.SPEND));
    assertEquals(
        Optional.of("subscription_type"), CustomerSchema.NETFLIX.attribute(AttributeRole.PLAN));
    assertEquals(
        Optional.of("favorite_genre"),
        CustomerSchema.NETFLIX.attribute(AttributeRole.FAVOURITE_GENRE));
    assertEquals(Optional.empty(), CustomerSchema.NETFLIX.attribute(AttributeRole.TENURE));
  }

  @Test
  void telcoPresetCoversEveryColumnOfTheTelcoTable() {
    Set<String> header =
        Set.of(
            "customerID",
            "gender",
            "SeniorCitizen",
            "Partner",
            "Dependents",
            "tenure",
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
            "PaymentMethod",
            "MonthlyCharges",
            "TotalCharges",
            "Churn");

    assertEquals(header, columns(CustomerSchema.TELCO, "customerID", "Churn"));
    assertEquals(Optional.of("tenure"), CustomerSchema.TELCO.attribute(AttributeRole.TENURE));
    assertEquals(
        Optional.of("MonthlyCharges"), CustomerSchema.TELCO.attribute(AttributeRole.SPEND));
    assertEquals(Optional.of("Contract"), CustomerSchema.TELCO.attribute(AttributeRole.PLAN));
    assertEquals(Optional.empty(), CustomerSchema.TELCO.attribute(AttributeRole.RECENCY));
  }

  @Test
  void bankPresetCoversTheChurnModellingColumnsExceptRowNumberAndSurname() {
    Set<String> header =
        Set.of(
            "CustomerId",
            "CreditScore",
            "Geography",
            "Gender",
            "Age",
            "Tenure",
            "Balance",
            "NumOfProducts",
            "HasCrCard",
            "IsActiveMember",
            "EstimatedSalary",
            "Exited");

    assertEquals(header, columns(CustomerSchema.BANK, "CustomerId", "Exited"));
    assertEquals(Optional.of("Tenure"), CustomerSchema.BANK.attribute(AttributeRole.TENURE));
    assertEquals(
        Optional.of("NumOfProducts"), CustomerSchema.BANK.attribute(AttributeRole.FREQUENCY));
    assertEquals(Optional.of("Geography"), CustomerSchema.BANK.attribute(AttributeRole.REGION));
    assertEquals(Optional.of("Balance"), CustomerSchema.BANK.attribute(AttributeRole.SPEND));
    assertEquals(Optional.of("Age"), CustomerSchema.BANK.attribute(AttributeRole.AGE));
  }

  @Test
  void everyPresetRoleNamesAnAttributeOfTheMatchingKind() {
    for (CustomerSchema preset :
        List.of(CustomerSchema.NETFLIX, CustomerSchema.TELCO, CustomerSchema.BANK)) {
      for (Map.Entry<AttributeRole, String> role : preset.roles().entrySet()) {
        List<String> kind =
            role.getKey().isNumeric() ? preset.numericAttributes() : preset.categoricalAttributes();
        assertTrue(kind.contains(role.getValue()), preset.name() + " " + role);
      }
    }
  }

  @Test
  void withNumericAppendsTheAttributeAndGivesItTheRole() {
    CustomerSchema extended = SMALL.withNumeric("months", AttributeRole.TENURE);

    assertEquals(List.of("recency_days", "spend", "months"), extended.numericAttributes());
    assertEquals(SMALL.categoricalAttributes(), extended.categoricalAttributes());
    assertEquals(Optional.of("months"), extended.attribute(AttributeRole.TENURE));
    assertEquals(Optional.of("recency_days"), extended.attribute(AttributeRole.RECENCY));
    assertEquals("small", extended.name());
  }

  @Test
  void withNumericLeavesTheOriginalUnchanged() {
    CustomerSchema netflix = CustomerSchema.NETFLIX;
    List<String> before = List.copyOf(netflix.numericAttributes());

    CustomerSchema extended = netflix.withNumeric("tenure_months", AttributeRole.TENURE);

    assertEquals(before, netflix.numericAttributes());
    assertEquals(Optional.empty(), netflix.attribute(AttributeRole.TENURE));
    assertEquals(Optional.of("tenure_months"), extended.attribute(AttributeRole.TENURE));
    assertEquals(before.size() + 1, extended.numericAttributes().size());
  }

  @Test
  void withNumericMovesARoleThatWasAlreadyTaken() {
    CustomerSchema extended = SMALL.withNumeric("days_since_login", AttributeRole.RECENCY);

    assertEquals(Optional.of("days_since_login"), extended.attribute(AttributeRole.RECENCY));
    assertTrue(extended.numericAttributes().contains("recency_days"));
  }

  @Test
  void withNumericRejectsACategoricalRole() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SMALL.withNumeric("x", AttributeRole.REGION));
    assertTrue(e.getMessage().contains("categorical"), e.getMessage());
  }

  @Test
  void withNumericRejectsAnExistingAttributeName() {
    assertThrows(
        IllegalArgumentException.class, () -> SMALL.withNumeric("plan", AttributeRole.AGE));
    assertThrows(
        IllegalArgumentException.class, () -> SMALL.withNumeric("spend", AttributeRole.AGE));
  }

  @Test
  void rejectsAnAttributeListedTwice() {
    IllegalArgumentException numericTwice =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CustomerSchema("s", List.of("a", "a"), List.of(), Map.of()));
    assertTrue(numericTwice.getMessage().contains("'a'"), numericTwice.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new CustomerSchema("s", List.of(), List.of("b", "b"), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CustomerSchema("s", List.of("a"), List.of("a"), Map.of()));
  }

  @Test
  void rejectsBlankNames() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CustomerSchema(" ", List.of("a"), List.of(), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CustomerSchema("s", List.of(" "), List.of(), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CustomerSchema("s", List.of(), List.of(""), Map.of()));
  }

  @Test
  void rejectsARoleThatNamesAnUnknownAttribute() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new CustomerSchema(
                    "s", List.of("a"), List.of(), Map.of(AttributeRole.TENURE, "months")));
    assertTrue(e.getMessage().contains("TENURE"), e.getMessage());
    assertTrue(e.getMessage().contains("'months'"), e.getMessage());
  }

  @Test
  void rejectsANumericRoleOnACategoricalAttributeAndViceVersa() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CustomerSchema(
                "s", List.of("a"), List.of("plan"), Map.of(AttributeRole.SPEND, "plan")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CustomerSchema(
                "s", List.of("a"), List.of("plan"), Map.of(AttributeRole.PLAN, "a")));
  }

  @Test
  void copiesItsListsAndMap() {
    List<String> numeric = new ArrayList<>(List.of("a"));
    List<String> categorical = new ArrayList<>(List.of("c"));
    Map<AttributeRole, String> roles = new EnumMap<>(AttributeRole.class);
    roles.put(AttributeRole.AGE, "a");
    CustomerSchema schema = new CustomerSchema("s", numeric, categorical, roles);

    numeric.add("b");
    categorical.clear();
    roles.clear();

    assertEquals(List.of("a"), schema.numericAttributes());
    assertEquals(List.of("c"), schema.categoricalAttributes());
    assertEquals(Map.of(AttributeRole.AGE, "a"), schema.roles());
    assertThrows(UnsupportedOperationException.class, () -> schema.numericAttributes().add("z"));
    assertThrows(
        UnsupportedOperationException.class, () -> schema.roles().put(AttributeRole.USAGE, "a"));
  }

  @Test
  void rejectsNullRoles() {
    assertThrows(
        NullPointerException.class, () -> new CustomerSchema("s", List.of(), List.of(), null));
  }
}

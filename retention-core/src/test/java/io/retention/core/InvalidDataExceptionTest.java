package io.retention.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class InvalidDataExceptionTest {

  @Test
  void theMessageNamesFileLineColumnValueAndReason() {
    InvalidDataException e =
        new InvalidDataException("customers.csv", 12, "monthly_fee", "abc", "not a number");
    assertEquals(
        "customers.csv, line 12, column 'monthly_fee', value 'abc': not a number", e.getMessage());
    assertEquals("customers.csv", e.source());
    assertEquals(12, e.line());
    assertEquals("monthly_fee", e.column());
    assertEquals("abc", e.value());
    assertEquals("not a number", e.reason());
    assertInstanceOf(RetentionException.class, e);
  }

  @Test
  void aProblemWithNoLineOrColumnLeavesThemOut() {
    assertEquals(
        "empty.csv: the file is empty",
        new InvalidDataException(
                "empty.csv", InvalidDataException.NO_LINE, "", "", "the file is empty")
            .getMessage());
  }

  @Test
  void aBlankValueInAColumnIsShownAsBlank() {
    assertEquals(
        "f.csv, line 3, column 'id', value '': the customer id is blank",
        new InvalidDataException("f.csv", 3, "id", "", "the customer id is blank").getMessage());
  }

  @Test
  void aHugeValueIsShortenedInTheMessageButKeptWhole() {
    String huge = "x".repeat(1_000_000);
    InvalidDataException e = new InvalidDataException("f.csv", 2, "c", huge, "too long");
    assertEquals(1_000_000, e.value().length());
    assertEquals(true, e.getMessage().length() < 200);
  }

  @Test
  void wrapsACause() {
    IllegalStateException cause = new IllegalStateException("inner");
    assertEquals(cause, new RetentionException("outer", cause).getCause());
  }
}

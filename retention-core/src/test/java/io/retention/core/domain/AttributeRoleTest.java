package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeRoleTest {

  @Test
  void onlyPlanGenreAndRegionAreCategorical() {
    Set<AttributeRole> categorical = EnumSet.noneOf(AttributeRole.class);
    for (AttributeRole role : AttributeRole.values()) {
      if (!role.isNumeric()) {
        categorical.add(role);
      }
    }
    assertEquals(
        EnumSet.of(AttributeRole.PLAN, AttributeRole.FAVOURITE_GENRE, AttributeRole.REGION),
        categorical);
  }
}

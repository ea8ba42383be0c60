package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentFeatureRolesTest {

  @Test
  void readsSpendEngagementRecencyAndGenresFromTheSchemaRoles() {
    SegmentFeatureRoles roles = SegmentFixtures.ROLES;

    assertEquals(List.of("monthly_fee"), roles.spend());
    assertEquals(List.of("watch_hours"), roles.engagement());
    assertEquals(List.of("last_login_days"), roles.recency());
    assertEquals(List.of(), roles.tenure());
    assertEquals(List.of("favorite_genre=Action", "favorite_genre=Drama"), roles.genreIndicators());
  }

  @Test
  void leavesOutRolesWhoseAttributeIsNotAFeature() {
    SegmentFeatureRoles roles =
        SegmentFeatureRoles.from(
            CustomerSchema.NETFLIX, FeatureSchema.of("watch_hours", "avg_watch_time_per_day"));

    assertEquals(List.of(), roles.spend());
    assertEquals(List.of("watch_hours", "avg_watch_time_per_day"), roles.engagement());
    assertEquals(List.of(), roles.recency());
    assertEquals(List.of(), roles.genreIndicators());
  }

  @Test
  void telcoHasSpendAndTenureButNoEngagementOrGenre() {
    SegmentFeatureRoles roles =
        SegmentFeatureRoles.from(
            CustomerSchema.TELCO,
            FeatureSchema.of("tenure", "MonthlyCharges", "Contract=Two year"));

    assertEquals(List.of("MonthlyCharges"), roles.spend());
    assertEquals(List.of("tenure"), roles.tenure());
    assertEquals(List.of(), roles.engagement());
    assertEquals(List.of(), roles.recency());
    assertEquals(List.of(), roles.genreIndicators());
  }

  @Test
  void aGenreIsThePartAfterTheEqualsSign() {
    assertEquals("Sci-Fi", SegmentFeatureRoles.genreOf("favorite_genre=Sci-Fi"));
    assertEquals("plain", SegmentFeatureRoles.genreOf("plain"));
  }
}

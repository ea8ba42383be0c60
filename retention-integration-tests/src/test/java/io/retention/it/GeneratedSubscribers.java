package io.retention.it;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.EventType;
import io.retention.core.port.out.ActivitySource;
import io.retention.core.port.out.CatalogSource;
import io.retention.core.port.out.CustomerSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A seeded streaming service with a known churn signal: subscribers whose odds of leaving rise with
 * days since their last login and fall with viewing hours and tenure, a catalog of titles in a few
 * genres, and watch events that lean to each subscriber's favourite genre.
 */
final class GeneratedSubscribers {
  static final CustomerSchema SCHEMA =
      new CustomerSchema(
          "generated-subscribers",
          List.of("watch_hours", "last_login_days", "tenure_months", "monthly_fee", "profiles"),
          List.of("plan", "favorite_genre", "region"),
          Map.of(
              AttributeRole.USAGE, "watch_hours",
              AttributeRole.RECENCY, "last_login_days",
              AttributeRole.TENURE, "tenure_months",
              AttributeRole.SPEND, "monthly_fee",
              AttributeRole.PROFILES, "profiles",
              AttributeRole.PLAN, "plan",
              AttributeRole.FAVOURITE_GENRE, "favorite_genre",
              AttributeRole.REGION, "region"));

  private static final String[] GENRES = {"Dramas", "Comedies", "Documentaries", "Thrillers"};
  private static final String[] PLANS = {"Basic", "Standard", "Premium"};
  private static final double[] FEES = {8.99, 13.99, 17.99};
  private static final String[] REGIONS = {"North", "South", "East", "West"};

  final List<Customer> customers;
  final List<ContentItem> titles;
  final List<ActivityEvent> events;

  GeneratedSubscribers(int n, int catalog, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    titles = new ArrayList<>(catalog);
    for (int t = 0; t < catalog; t++) {
      titles.add(
          ContentItem.builder(
                  "t" + t, "Title " + t, t % 3 == 0 ? ContentType.TV_SHOW : ContentType.MOVIE)
              .genres(List.of(GENRES[t % GENRES.length]))
              .releaseYear(2010 + t % 12)
              .build());
    }
    customers = new ArrayList<>(n);
    events = new ArrayList<>();
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      int plan = random.nextInt(PLANS.length);
      int genre = random.nextInt(GENRES.length);
      double hours = Math.floor(random.nextDouble() * 120.0);
      double days = Math.floor(random.nextDouble() * 60.0);
      double tenure = 1 + Math.floor(random.nextDouble() * 48.0);
      double logit = -0.5 + 0.06 * days - 0.02 * hours - 0.03 * tenure + (plan == 0 ? 0.5 : 0.0);
      boolean churned = random.nextDouble() < 1.0 / (1.0 + Math.exp(-logit));
      String id = String.format(Locale.ROOT, "s%05d", i);
      customers.add(
          Customer.builder(id)
              .numeric("watch_hours", hours)
              .numeric("last_login_days", days)
              .numeric("tenure_months", tenure)
              .numeric("monthly_fee", FEES[plan])
              .numeric("profiles", 1 + random.nextInt(4))
              .categorical("plan", PLANS[plan])
              .categorical("favorite_genre", GENRES[genre])
              .categorical("region", REGIONS[random.nextInt(REGIONS.length)])
              .churned(churned)
              .build());
      int watches = 2 + random.nextInt(6);
      for (int w = 0; w < watches; w++) {
        int title =
            random.nextDouble() < 0.7
                ? genre + GENRES.length * random.nextInt(catalog / GENRES.length)
                : random.nextInt(catalog);
        events.add(
            ActivityEvent.about(
                customers.get(i).id(),
                start.plusSeconds(3600L * (i + w)),
                EventType.WATCH,
                20 + random.nextInt(100),
                ContentId.of("t" + title)));
      }
    }
  }

  CustomerSource source() {
    return new CustomerSource() {
      @Override
      public CustomerSchema schema() {
        return SCHEMA;
      }

      @Override
      public Stream<Customer> customers() {
        return customers.stream();
      }
    };
  }

  CatalogSource catalog() {
    return titles::stream;
  }

  ActivitySource activity() {
    return events::stream;
  }
}

package io.retention.features;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Customers in a Netflix-like layout for the feature families' tests. */
final class TestCustomersSchemas {
  private TestCustomersSchemas() {}

  static final CustomerSchema NETFLIX_LIKE =
      new CustomerSchema(
          "netflix-like",
          List.of("watch_hours", "avg_watch", "last_login", "fee", "profiles"),
          List.of("genre"),
          Map.of(
              AttributeRole.USAGE, "watch_hours",
              AttributeRole.DAILY_USAGE, "avg_watch",
              AttributeRole.RECENCY, "last_login",
              AttributeRole.SPEND, "fee",
              AttributeRole.PROFILES, "profiles",
              AttributeRole.FAVOURITE_GENRE, "genre"));

  static List<Customer> netflixLike(int n) {
    Random r = new Random(n);
    double[] fees = {8.99, 13.99, 17.99};
    String[] genres = {"Action", "Comedy", "Drama", "Documentary", "Horror", "Romance", "Sci-Fi"};
    List<Customer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double daily = Math.exp(r.nextGaussian() * 0.5);
      out.add(
          Customer.builder("n" + i)
              .numeric("watch_hours", Math.round(daily * 30 * (0.5 + r.nextDouble()) * 100) / 100.0)
              .numeric("avg_watch", Math.round(daily * 100) / 100.0)
              .numeric("last_login", r.nextInt(60))
              .numeric("fee", fees[r.nextInt(3)])
              .numeric("profiles", 1 + r.nextInt(5))
              .categorical("genre", genres[r.nextInt(genres.length)])
              .churned(r.nextDouble() < 0.3)
              .build());
    }
    return out;
  }
}

package io.retention.core.analysis;

import io.retention.core.RetentionException;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.CatalogSource;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The first pass: ids, labels and counts of the customers, and the catalog. */
final class LoadStage {
  private final int progressEvery;

  LoadStage(int progressEvery) {
    this.progressEvery = progressEvery;
  }

  Population run(
      CustomerSource source, Optional<CatalogSource> catalogSource, ProgressListener progress) {
    CustomerSchema schema = source.schema();
    List<CustomerId> ids = new ArrayList<>();
    byte[] labels = new byte[1024];
    long labelled = 0;
    long churned = 0;
    Map<String, long[]> favouriteGenres = new TreeMap<>();
    Optional<String> genre = schema.attribute(AttributeRole.FAVOURITE_GENRE);
    progress.started("Reading customers", -1);
    try (Stream<Customer> stream = source.customers()) {
      Iterator<Customer> it = stream.iterator();
      while (it.hasNext()) {
        Customer c = it.next();
        byte label =
            !c.isLabelled() ? Population.UNLABELLED : c.churned() ? Population.CHURNED : (byte) 1;
        if (ids.size() == labels.length) {
          labels = Arrays.copyOf(labels, labels.length * 2);
        }
        labels[ids.size()] = label;
        ids.add(c.id());
        if (label != Population.UNLABELLED) {
          labelled++;
          churned += label == Population.CHURNED ? 1 : 0;
        }
        if (genre.isPresent()) {
          String g = c.categoricalValue(genre.get()).orElse(RetentionPlan.UNKNOWN);
          favouriteGenres.computeIfAbsent(g, k -> new long[3])[label]++;
        }
        if (ids.size() % progressEvery == 0) {
          progress.advanced(ids.size());
        }
      }
    }
    progress.finished();
    int n = ids.size();
    if (n == 0) {
      throw new RetentionException(source + " has no customers");
    }
    if (labelled == 0) {
      throw new RetentionException("no customer has a churn label: nothing to train on");
    }
    if (churned == 0 || churned == labelled) {
      throw new RetentionException(
          "training needs churned and retained customers; got "
              + churned
              + " churned of "
              + labelled
              + " labelled");
    }
    List<ContentItem> catalog = List.of();
    if (catalogSource.isPresent()) {
      try (Stream<ContentItem> items = catalogSource.get().items()) {
        catalog = items.toList();
      }
    }
    return new Population(
        ids.toArray(CustomerId[]::new),
        Arrays.copyOf(labels, n),
        labelled,
        churned,
        favouriteGenres,
        catalog);
  }
}

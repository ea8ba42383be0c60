package io.retention.core.analysis;

import io.retention.core.port.out.ActivitySource;
import io.retention.core.port.out.CatalogSource;
import io.retention.core.port.out.CustomerSource;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run reads: customers, and optionally a catalog and viewing events. Immutable.
 *
 * <p>Each source is read in several passes ({@link CustomerSource#customers()} starts again from
 * the first customer every time), in the same order every time.
 */
public final class RunInputs {
  private final String name;
  private final CustomerSource customers;
  private final CatalogSource catalog;
  private final ActivitySource activity;

  private RunInputs(
      String name, CustomerSource customers, CatalogSource catalog, ActivitySource activity) {
    this.name = name;
    this.customers = customers;
    this.catalog = catalog;
    this.activity = activity;
  }

  /**
   * Customers only.
   *
   * @param name what to call the source in the summary, such as "generated" or a file name
   * @param customers the customers
   * @return the inputs
   */
  public static RunInputs of(String name, CustomerSource customers) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("the source needs a name");
    }
    return new RunInputs(name, Objects.requireNonNull(customers, "customers"), null, null);
  }

  /**
   * A copy with a catalog.
   *
   * @param titles the catalog
   * @return the new inputs
   */
  public RunInputs withCatalog(CatalogSource titles) {
    return new RunInputs(name, customers, Objects.requireNonNull(titles, "titles"), activity);
  }

  /**
   * A copy with viewing events; they are used only together with a catalog.
   *
   * @param events the events
   * @return the new inputs
   */
  public RunInputs withActivity(ActivitySource events) {
    return new RunInputs(name, customers, catalog, Objects.requireNonNull(events, "events"));
  }

  /**
   * The source's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The customers.
   *
   * @return the source
   */
  public CustomerSource customers() {
    return customers;
  }

  /**
   * The catalog, when the run has one.
   *
   * @return the catalog
   */
  public Optional<CatalogSource> catalog() {
    return Optional.ofNullable(catalog);
  }

  /**
   * The viewing events, when the run has them.
   *
   * @return the events
   */
  public Optional<ActivitySource> activity() {
    return Optional.ofNullable(activity);
  }
}

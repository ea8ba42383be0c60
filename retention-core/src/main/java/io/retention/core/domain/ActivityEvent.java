package io.retention.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a customer did at one instant: a watch, a purchase, a login, a rating or a payment.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ActivityEvent {
  private final CustomerId customer;
  private final Instant at;
  private final EventType type;
  private final double amount;
  private final ContentId content;

  private ActivityEvent(
      CustomerId customer, Instant at, EventType type, double amount, ContentId content) {
    this.customer = Objects.requireNonNull(customer, "customer");
    this.at = Objects.requireNonNull(at, "at");
    this.type = Objects.requireNonNull(type, "type");
    this.amount = Checks.finite(amount, "amount");
    this.content = content;
  }

  /**
   * An event that concerns no particular title.
   *
   * @param customer who acted
   * @param at when
   * @param type what they did
   * @param amount money, minutes or rating, by type; 0 when it does not apply
   * @return the event
   */
  public static ActivityEvent of(CustomerId customer, Instant at, EventType type, double amount) {
    return new ActivityEvent(customer, at, type, amount, null);
  }

  /**
   * An event about one title.
   *
   * @param customer who acted
   * @param at when
   * @param type what they did
   * @param amount money, minutes or rating, by type; 0 when it does not apply
   * @param content the title
   * @return the event
   */
  public static ActivityEvent about(
      CustomerId customer, Instant at, EventType type, double amount, ContentId content) {
    return new ActivityEvent(
        customer, at, type, amount, Objects.requireNonNull(content, "content"));
  }

  /**
   * Who acted.
   *
   * @return the customer
   */
  public CustomerId customer() {
    return customer;
  }

  /**
   * When.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * What the customer did.
   *
   * @return the type
   */
  public EventType type() {
    return type;
  }

  /**
   * Money, minutes or rating, by type; 0 when it does not apply.
   *
   * @return the amount
   */
  public double amount() {
    return amount;
  }

  /**
   * The title the event is about.
   *
   * @return the title, or empty
   */
  public Optional<ContentId> content() {
    return Optional.ofNullable(content);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActivityEvent e
        && customer.equals(e.customer)
        && at.equals(e.at)
        && type == e.type
        && Double.compare(amount, e.amount) == 0
        && Objects.equals(content, e.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customer, at, type, amount, content);
  }

  @Override
  public String toString() {
    return "ActivityEvent["
        + customer
        + ", "
        + at
        + ", "
        + type
        + ", "
        + amount
        + (content == null ? "" : ", " + content)
        + "]";
  }
}

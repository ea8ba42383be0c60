package io.retention.core.domain;

/** What a customer did in an {@link ActivityEvent}. */
public enum EventType {
  /** Watched a title. */
  WATCH,
  /** Bought something; the event's amount is the money spent. */
  PURCHASE,
  /** Signed in. */
  LOGIN,
  /** Rated a title; the event's amount is the rating. */
  RATING,
  /** Paid a subscription bill; the event's amount is the money paid. */
  PAYMENT
}

/**
 * Small programs to read when learning the library, each runnable with no arguments on generated
 * data: {@link io.retention.examples.runners.TrainSaveScore} trains a churn model, saves and loads
 * its bundle and scores a customer; {@link io.retention.examples.runners.ExplainCustomer} gives the
 * SHAP reasons of one customer's risk; {@link io.retention.examples.runners.RecommendTitles}
 * recommends titles to one customer. They sit outside the hexagon and wire adapters by hand.
 */
package io.retention.examples.runners;

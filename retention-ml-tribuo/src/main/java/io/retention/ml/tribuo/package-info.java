/**
 * Tribuo-backed adapters for core's learning ports: churn models ({@link
 * io.retention.core.port.out.ChurnTrainer}, {@link io.retention.core.port.out.ChurnModel}).
 *
 * <p>Tribuo types never leave this package: callers see only core's ports and this package's
 * configuration records. {@link io.retention.ml.tribuo.TribuoModule} wires the trainers into Guice.
 * Tribuo's INFO logging is turned down to WARNING when this package's trainers are first used; set
 * the {@code org.tribuo} logger's level after that to see it again.
 */
package io.retention.ml.tribuo;

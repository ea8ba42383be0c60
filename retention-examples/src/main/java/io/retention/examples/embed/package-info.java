/**
 * Runner programs that show how a host application embeds the library: wire it with Guice, train,
 * and score one customer.
 */
package io.retention.examples.embed;

/**
 * The retention library's core: the centre of the hexagon.
 *
 * <p>It holds the domain model ({@link io.retention.core.domain}), the driven ports that adapters
 * implement ({@link io.retention.core.port.out}), the application services that drive them ({@link
 * io.retention.core.application}) and backend-independent evaluation maths ({@link
 * io.retention.core.evaluation}). Nothing here depends on an adapter, a framework or an ML library;
 * the only runtime dependency is the {@code jakarta.inject} annotations.
 */
package io.retention.core;

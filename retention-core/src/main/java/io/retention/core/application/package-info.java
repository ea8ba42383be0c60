/**
 * Application services: the driving side of the hexagon. The command line, the dashboard and host
 * applications call these use cases; each orchestrates driven ports and holds no state of its own,
 * so one instance can serve many threads. Constructors carry {@code @Inject}, so any jakarta.inject
 * container can build them.
 */
package io.retention.core.application;

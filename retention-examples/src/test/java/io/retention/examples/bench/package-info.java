/**
 * JMH benchmarks. Run them with {@code mvn -B -Pbench -DskipTests -pl retention-examples -am
 * verify}, narrowed with {@code -Dbench=REGEX} and tuned with {@code -Djmh.args="..."}; results and
 * the commands that produced them go into the module README, as ratios against a reference measured
 * in the same run wherever one exists.
 */
package io.retention.examples.bench;

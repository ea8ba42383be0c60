/**
 * Contract tests for the driven ports. Each is an abstract JUnit 5 class that an adapter's test
 * extends, supplying the implementation; the contract then checks the behaviour every
 * implementation of that port promises. Published in retention-core's test-jar.
 */
package io.retention.core.contract;

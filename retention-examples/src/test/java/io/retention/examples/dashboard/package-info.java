/** Tests of the dashboard: its tables, predictions, JSON API and pages in headless Chromium. */
package io.retention.examples.dashboard;

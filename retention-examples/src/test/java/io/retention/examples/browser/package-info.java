/**
 * Test fixtures for real headless-browser tests of the report and the dashboard: Debian's Chromium
 * driven through Selenium's ChromeDriver, never downloaded.
 */
package io.retention.examples.browser;

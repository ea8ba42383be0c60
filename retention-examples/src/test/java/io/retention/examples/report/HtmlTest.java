package io.retention.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapeTurnsTheFiveMarkupCharactersIntoEntities() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;",
        Html.escape("<a href=\"x\" title='y'>R&D</a>"));
  }

  @Test
  void escapeDropsControlCharactersButKeepsWhitespaceAndUnicode() {
    assertEquals("a\tb\nc\rd–é", Html.escape("a\tb\nc\rd\u0000\u0007–é"));
  }

  @Test
  void numbersThatWereNotMeasuredReadNotAvailable() {
    assertEquals("n/a", Html.decimal(Double.NaN, 3));
    assertEquals("n/a", Html.decimal(Double.NEGATIVE_INFINITY, 3));
    assertEquals("n/a", Html.percent(Double.NaN));
    assertEquals("n/a", Html.percent(Double.POSITIVE_INFINITY, 0));
  }

  @Test
  void numbersAreFormattedWithoutTheDefaultLocale() {
    assertEquals("1,234.568", Html.decimal(1234.5678, 3));
    assertEquals("30.0%", Html.percent(0.3));
    assertEquals("31%", Html.percent(0.305, 0));
    assertEquals("25,000", Html.count(25_000));
  }

  @Test
  void coordinatesAreShortAndNeverNegativeZero() {
    assertEquals("12.5", Html.px(12.5));
    assertEquals("12", Html.px(12.001));
    assertEquals("0", Html.px(-0.001));
    assertEquals("-3.25", Html.px(-3.25));
  }

  @Test
  void aCoordinateMustBeFinite() {
    assertThrows(IllegalArgumentException.class, () -> Html.px(Double.NaN));
  }
}

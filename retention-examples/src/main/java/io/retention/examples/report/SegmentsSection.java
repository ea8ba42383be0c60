package io.retention.examples.report;

import io.retention.core.analysis.RunSummary.Segment;
import io.retention.core.analysis.RunSummary.SegmentationSummary;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Bar;
import io.retention.examples.report.Charts.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's "segments" section: customers and churn rate per segment, the segment profiles, and
 * the rule behind each segment's name.
 */
final class SegmentsSection {

  private SegmentsSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param seg the run's segmentation
   */
  static void write(StringBuilder html, SegmentationSummary seg) {
    Html.openSection(html, "segments", "Segments");
    if (seg.segments().isEmpty()) {
      Html.empty(html, "This run found no segments.");
      Html.closeSection(html);
      return;
    }
    List<Bar> sizes = new ArrayList<>();
    List<Bar> churn = new ArrayList<>();
    for (Segment segment : seg.segments()) {
      sizes.add(new Bar(segment.name(), segment.customers(), Charts.BLUE));
      churn.add(new Bar(segment.name(), segment.churnRate(), Charts.VERMILLION));
    }
    html.append("<div class=\"figures\">");
    Html.figure(
        html,
        Charts.bars(
            new Figure(
                "chart-segment-sizes",
                "Customers per segment",
                "Horizontal bars: the number of customers in each of the "
                    + seg.segments().size()
                    + " segments, largest first."),
            "segment",
            sizes,
            Axis.number("customers", 0),
            List.of()),
        "Customers per segment.");
    Html.figure(
        html,
        Charts.bars(
            new Figure(
                "chart-segment-churn",
                "Churn rate by segment",
                "Horizontal bars: the share of labelled customers who churned in each segment; "
                    + "n/a where no customer of the segment is labelled."),
            "segment",
            churn,
            Axis.percentage("churn rate"),
            List.of()),
        "Churn rate by segment (n/a: no labelled customer in the segment).");
    html.append(
        "</div>\n<div class=\"table-wrap\"><table><caption>Segment profiles: mean of each "
            + "segmentation feature, in original units</caption><thead><tr><th>Segment</th>"
            + "<th class=\"n\">Customers</th><th class=\"n\">Churn rate</th>");
    for (String feature : seg.features()) {
      html.append("<th class=\"n\">").append(Html.escape(feature)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (Segment segment : seg.segments()) {
      html.append("<tr><td>")
          .append(Html.escape(segment.name()))
          .append("</td><td class=\"n\">")
          .append(Html.count(segment.customers()))
          .append("</td><td class=\"n\">")
          .append(Html.percent(segment.churnRate()))
          .append("</td>");
      for (String feature : seg.features()) {
        Double mean = segment.profile().get(feature);
        html.append("<td class=\"n\">")
            .append(mean == null ? Html.NOT_AVAILABLE : Html.decimal(mean, Html.MONEY_DECIMALS))
            .append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table></div>\n");
    writeRules(html, seg.segments());
    Html.closeSection(html);
  }

  /** The rule behind each name, for the segments whose rule the run recorded. */
  private static void writeRules(StringBuilder html, List<Segment> segments) {
    List<Segment> ruled = segments.stream().filter(s -> !s.rule().isEmpty()).toList();
    if (ruled.isEmpty()) {
      return;
    }
    html.append(
        "<div class=\"table-wrap\"><table><caption>Why each segment has its name: every word"
            + " compares the segment with all customers the segments were fitted on"
            + "</caption><thead><tr><th>Segment</th><th>Naming rule</th></tr></thead><tbody>");
    for (Segment segment : ruled) {
      html.append("<tr><td>")
          .append(Html.escape(segment.name()))
          .append("</td><td>")
          .append(Html.escape(segment.rule()))
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>\n");
  }
}

package io.retention.examples.report;

import io.retention.core.analysis.RunSummary.ContentSummary;
import io.retention.core.analysis.RunSummary.GenreCount;
import io.retention.core.analysis.RunSummary.LabelCount;
import io.retention.core.analysis.RunSummary.YearTypeCount;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Bar;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Stack;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's "content" section: titles per genre, movies and TV shows by release year, and churn
 * by favourite genre.
 */
final class ContentSection {

  private ContentSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param content the catalog and viewing summary
   * @param options how many genres to chart
   */
  static void write(StringBuilder html, ContentSummary content, ReportOptions options) {
    Html.openSection(html, "content", "Catalog and viewing");
    html.append("<div class=\"figures\">");
    genres(html, content, options);
    releaseYears(html, content);
    genreChurn(html, content, options);
    html.append("</div>\n");
    Html.closeSection(html);
  }

  /** Titles per genre, or a note when there is no catalog. */
  private static void genres(StringBuilder html, ContentSummary content, ReportOptions options) {
    if (content.genres().isEmpty()) {
      Html.empty(html, "No catalog in this run: no genre distribution.");
    } else {
      List<Bar> bars = new ArrayList<>();
      List<GenreCount> genres = content.genres();
      for (GenreCount g : genres.subList(0, Math.min(genres.size(), options.genres()))) {
        bars.add(new Bar(g.genre(), g.titles(), Charts.SKY));
      }
      Html.figure(
          html,
          Charts.bars(
              new Figure(
                  "chart-genres",
                  "Titles per genre",
                  "Horizontal bars: the number of catalog titles carrying each genre, most "
                      + "first."),
              "genre",
              bars,
              Axis.number("titles", 0),
              List.of()),
          genres.size() > bars.size()
              ? "The " + bars.size() + " largest of " + genres.size() + " genres."
              : "Titles per genre (a title may carry several).");
    }
  }

  /** Movies and TV shows by release year, or a note when there is no catalog. */
  private static void releaseYears(StringBuilder html, ContentSummary content) {
    if (content.typeByYear().isEmpty()) {
      Html.empty(html, "No catalog in this run: no release years.");
    } else {
      List<String> years = new ArrayList<>();
      List<Double> movies = new ArrayList<>();
      List<Double> shows = new ArrayList<>();
      for (YearTypeCount y : content.typeByYear()) {
        years.add(Integer.toString(y.year()));
        movies.add((double) y.movies());
        shows.add((double) y.tvShows());
      }
      Html.figure(
          html,
          Charts.columns(
              new Figure(
                  "chart-release-years",
                  "Movies and TV shows by release year",
                  "Stacked columns: the number of movies and TV shows released in each year."),
              years,
              "release year",
              List.of(
                  new Stack("movies", movies, Charts.BLUE),
                  new Stack("TV shows", shows, Charts.ORANGE)),
              Axis.number("titles", 0)),
          "Movies and TV shows per release year.");
    }
  }

  /** Churn rate by favourite genre, or a note when there are no favourite genres. */
  private static void genreChurn(
      StringBuilder html, ContentSummary content, ReportOptions options) {
    if (content.churnByFavouriteGenre().isEmpty()) {
      Html.empty(html, "No favourite genres in this run: no churn by genre.");
    } else {
      List<Bar> bars = new ArrayList<>();
      List<LabelCount> favourites = content.churnByFavouriteGenre();
      for (LabelCount g : favourites.subList(0, Math.min(favourites.size(), options.genres()))) {
        bars.add(
            new Bar(
                g.label() + " (" + Html.count(g.customers()) + ")",
                g.churnRate(),
                Charts.VERMILLION));
      }
      Html.figure(
          html,
          Charts.bars(
              new Figure(
                  "chart-genre-churn",
                  "Churn rate by favourite genre",
                  "Horizontal bars: churn rate of the customers whose favourite genre is each "
                      + "genre, most customers first; the number of customers is in brackets."),
              "favourite genre (customers)",
              bars,
              Axis.percentage("churn rate"),
              List.of()),
          favourites.size() > bars.size()
              ? "Churn rate for the "
                  + bars.size()
                  + " favourite genres with most customers, of "
                  + favourites.size()
                  + " (customers in brackets)."
              : "Churn rate by favourite genre (customers in brackets).");
    }
  }
}

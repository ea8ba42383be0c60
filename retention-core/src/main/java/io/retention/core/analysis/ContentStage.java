package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.ContentSummary;
import io.retention.core.analysis.RunSummary.GenreCount;
import io.retention.core.analysis.RunSummary.LabelCount;
import io.retention.core.analysis.RunSummary.YearTypeCount;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Summarises the catalog (titles per genre, per year and type) and churn by favourite genre. */
final class ContentStage {
  /** The summary of a run without a catalog. */
  static final ContentSummary NONE = new ContentSummary(List.of(), List.of(), List.of());

  ContentSummary run(List<ContentItem> catalog, Map<String, long[]> favouriteGenres) {
    Map<String, Long> genres = new HashMap<>();
    Map<Integer, long[]> years = new TreeMap<>();
    for (ContentItem item : catalog) {
      for (String g : item.genres()) {
        genres.merge(g, 1L, Long::sum);
      }
      if (item.releaseYear().isPresent()) {
        long[] y = years.computeIfAbsent(item.releaseYear().getAsInt(), k -> new long[2]);
        y[item.type() == ContentType.MOVIE ? 0 : 1]++;
      }
    }
    List<GenreCount> genreRows = new ArrayList<>();
    genres.forEach((g, c) -> genreRows.add(new GenreCount(g, c)));
    genreRows.sort(
        Comparator.comparingLong(GenreCount::titles).reversed().thenComparing(GenreCount::genre));
    List<YearTypeCount> yearRows = new ArrayList<>();
    years.forEach((y, c) -> yearRows.add(new YearTypeCount(y, c[0], c[1])));
    List<LabelCount> churnRows = new ArrayList<>();
    favouriteGenres.forEach(
        (g, c) ->
            churnRows.add(
                new LabelCount(g, c[0] + c[1] + c[2], Attributes.rate(c[2], c[1] + c[2]))));
    churnRows.sort(
        Comparator.comparingLong(LabelCount::customers)
            .reversed()
            .thenComparing(LabelCount::label));
    return new ContentSummary(genreRows, yearRows, churnRows);
  }
}

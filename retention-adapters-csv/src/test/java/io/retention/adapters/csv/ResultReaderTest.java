package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionIoException;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultReaderTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("result.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static InvalidDataException bad(Function<Path, ?> reader, Path file) {
    return assertThrows(InvalidDataException.class, () -> reader.apply(file));
  }

  @Test
  void scoresReadBackEqualWithTheWritersShortestDoubles() {
    List<ChurnScore> scores =
        List.of(
            new ChurnScore(CustomerId.of("z,1"), 0.1 + 0.2),
            new ChurnScore(CustomerId.of("a"), 1.0),
            new ChurnScore(CustomerId.of("m"), 0.0));
    Path f = dir.resolve("scores.csv");
    new CsvScoreSink(f).write(scores);
    assertEquals(scores, ResultReader.scores(f));
  }

  @Test
  void segmentsReadBackEqualInIdOrder() {
    Map<CustomerId, Segment> segments = new LinkedHashMap<>();
    segments.put(CustomerId.of("b"), new Segment(1, "Loyal, \"High\" Value"));
    segments.put(CustomerId.of("a"), new Segment(0, "At-Risk"));
    Path f = dir.resolve("segments.csv");
    new CsvSegmentWriter(f).write(segments);
    Map<CustomerId, Segment> back = ResultReader.segments(f);
    assertEquals(segments, back);
    assertEquals(List.of(CustomerId.of("a"), CustomerId.of("b")), List.copyOf(back.keySet()));
  }

  @Test
  void explanationsKeepTheirScale() {
    Map<CustomerId, Explanation> input =
        Map.of(
            CustomerId.of("p"),
            new Explanation(0.3, List.of(new Contribution("tenure", 2, 0.1)), 0.4),
            CustomerId.of("q"),
            new Explanation(
                -1, List.of(new Contribution("x", 1, 0.5)), -0.5, ExplanationSpace.LOG_ODDS));
    Path f = dir.resolve("explanations.csv");
    new CsvExplanationWriter(f).write(input);
    Map<CustomerId, Explanation> back = ResultReader.explanations(f);
    assertEquals(input, back);
    assertEquals(ExplanationSpace.LOG_ODDS, back.get(CustomerId.of("q")).space());
  }

  @Test
  void anotherKindOfFileIsRefusedByItsHeader() throws IOException {
    Path f = file("customer_id,segment_id,segment_name\r\na,0,x\r\n");
    InvalidDataException e = bad(ResultReader::scores, f);
    assertEquals(1, e.line());
    assertTrue(
        e.getMessage().contains("expected the header customer_id,churn_probability"),
        e::getMessage);
    assertTrue(e.getMessage().contains(f.toString()), e::getMessage);
  }

  @Test
  void aProbabilityOutsideZeroOneNamesLineColumnAndValue() throws IOException {
    Path f = file("customer_id,churn_probability\na,0.5\n\nb,1.5\n");
    InvalidDataException e = bad(ResultReader::scores, f);
    assertEquals(4, e.line());
    assertEquals("churn_probability", e.column());
    assertEquals("1.5", e.value());
  }

  @Test
  void textWhereANumberBelongsIsNamed() throws IOException {
    Path f = file("customer_id,churn_probability\na,high\n");
    InvalidDataException e = bad(ResultReader::scores, f);
    assertEquals(2, e.line());
    assertEquals("churn_probability", e.column());
    assertEquals("high", e.value());
  }

  @Test
  void aBlankOrNonFiniteNumberIsRefused() throws IOException {
    assertEquals(
        "churn_probability",
        bad(ResultReader::scores, file("customer_id,churn_probability\na,\n")).column());
    InvalidDataException e =
        bad(
            ResultReader::explanations,
            file(
                "customer_id,feature,value,contribution,base_value,prediction,space\n"
                    + "a,x,NaN,0.1,0.2,0.3,probability\n"));
    assertEquals("value", e.column());
    assertEquals("NaN", e.value());
  }

  @Test
  void aCustomerTwiceIsRefused() throws IOException {
    InvalidDataException e =
        bad(ResultReader::scores, file("customer_id,churn_probability\na,0.5\nb,0.1\na,0.2\n"));
    assertEquals(4, e.line());
    assertEquals("customer_id", e.column());
    assertEquals("a", e.value());
  }

  @Test
  void aShortRecordIsRefusedWithItsLine() throws IOException {
    InvalidDataException e =
        bad(ResultReader::segments, file("customer_id,segment_id,segment_name\na,0\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("2 fields, the header 3"), e::getMessage);
  }

  @Test
  void aNegativeOrFractionalSegmentNumberIsRefused() throws IOException {
    assertEquals(
        "-1",
        bad(ResultReader::segments, file("customer_id,segment_id,segment_name\na,-1,x\n")).value());
    assertEquals(
        "1.5",
        bad(ResultReader::segments, file("customer_id,segment_id,segment_name\na,1.5,x\n"))
            .value());
  }

  @Test
  void aBlankSegmentNameOrCustomerIdIsRefused() throws IOException {
    assertEquals(
        "segment_name",
        bad(ResultReader::segments, file("customer_id,segment_id,segment_name\na,0, \n")).column());
    assertEquals(
        "customer_id",
        bad(ResultReader::segments, file("customer_id,segment_id,segment_name\n,0,x\n")).column());
  }

  @Test
  void anExplanationWhoseRowsDisagreeIsRefused() throws IOException {
    String header = "customer_id,feature,value,contribution,base_value,prediction,space\n";
    InvalidDataException e =
        bad(
            ResultReader::explanations,
            file(header + "a,x,1,0.1,0.2,0.3,probability\na,y,1,0.0,0.25,0.3,probability\n"));
    assertEquals(3, e.line());
    assertEquals("base_value", e.column());
    assertEquals(
        "space",
        bad(
                ResultReader::explanations,
                file(header + "a,x,1,0.1,0.2,0.3,probability\na,y,1,0.0,0.2,0.3,log_odds\n"))
            .column());
    InvalidDataException split =
        bad(
            ResultReader::explanations,
            file(
                header
                    + "a,x,1,0.1,0.2,0.3,probability\n"
                    + "b,x,1,0.1,0.2,0.3,probability\n"
                    + "a,y,1,0.0,0.2,0.3,probability\n"));
    assertEquals(4, split.line());
    assertEquals("a", split.value());
  }

  @Test
  void anUnknownScaleListsTheKnownOnes() throws IOException {
    InvalidDataException e =
        bad(
            ResultReader::explanations,
            file(
                "customer_id,feature,value,contribution,base_value,prediction,space\n"
                    + "a,x,1,0.1,0.2,0.3,odds\n"));
    assertEquals("space", e.column());
    assertTrue(e.getMessage().contains("[probability, log_odds]"), e::getMessage);
  }

  @Test
  void recommendationsOutOfRankOrderAreRefused() throws IOException {
    String header = "customer_id,rank,content_id,title,score,reason\n";
    InvalidDataException e =
        bad(ResultReader::recommendations, file(header + "a,1,s1,T,0.5,r\na,3,s2,U,0.4,r\n"));
    assertEquals(3, e.line());
    assertEquals("rank", e.column());
    assertEquals("3", e.value());
    assertTrue(e.getMessage().contains("expected rank 2"), e::getMessage);
    assertEquals(
        "title", bad(ResultReader::recommendations, file(header + "a,1,s1,,0.5,r\n")).column());
  }

  @Test
  void malformedCsvAndAMissingFileAreClearErrors() throws IOException {
    InvalidDataException e =
        bad(ResultReader::scores, file("customer_id,churn_probability\n\"a,0.5\n"));
    assertTrue(e.getMessage().contains("quoted"), e::getMessage);
    Path missing = dir.resolve("nope.csv");
    RetentionIoException io =
        assertThrows(RetentionIoException.class, () -> ResultReader.scores(missing));
    assertTrue(io.getMessage().contains(missing.toString()), io::getMessage);
  }

  @Test
  void aColumnNamedTwiceIsRefusedBeforeAnyRow() throws IOException {
    InvalidDataException e =
        bad(ResultReader::scores, file("customer_id,churn_probability,customer_id\na,0.5,b\n"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("at positions 1 and 3"), e::getMessage);
  }

  @Test
  void anEmptyResultFileWithItsHeaderIsEmpty() throws IOException {
    assertEquals(List.of(), ResultReader.scores(file("customer_id,churn_probability\r\n")));
    assertEquals(
        Map.of(),
        ResultReader.explanations(
            file("customer_id,feature,value,contribution,base_value,prediction,space\n")));
  }
}

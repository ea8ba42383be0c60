package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.CustomerId;
import io.retention.core.port.out.ScoreSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ScoreSink} promises: what is written can be read back, in order. */
public abstract class ScoreSinkContract {

  /**
   * A fresh sink under test.
   *
   * @return the sink
   */
  protected abstract ScoreSink createSink();

  /**
   * What the sink last stored, read back through the sink's own medium.
   *
   * @return the stored scores, in stored order
   */
  protected abstract List<ChurnScore> readBack();

  @Test
  void writtenScoresReadBackEqualAndInOrder() {
    List<ChurnScore> scores =
        List.of(
            new ChurnScore(CustomerId.of("b-2"), 0.9),
            new ChurnScore(CustomerId.of("a,1"), 0.25),
            new ChurnScore(CustomerId.of("c\"3"), 0.0),
            new ChurnScore(CustomerId.of("d 4"), 1.0),
            new ChurnScore(CustomerId.of("e5"), 0.123456789012345));
    createSink().write(scores);
    assertEquals(scores, readBack());
  }

  @Test
  void anEmptyListIsStoredAsEmpty() {
    createSink().write(List.of());
    assertEquals(List.of(), readBack());
  }

  @Test
  void aSecondWriteReplacesTheFirst() {
    ScoreSink sink = createSink();
    sink.write(List.of(new ChurnScore(CustomerId.of("x"), 0.5)));
    List<ChurnScore> second = List.of(new ChurnScore(CustomerId.of("y"), 0.75));
    sink.write(second);
    assertEquals(second, readBack());
  }
}

package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LikeValuesTest {

  @Test
  void equalValuesShareANumberAndEveryNumberGivesItsValueBack() {
    LikeValues v = new LikeValues();
    int watch = v.indexOf(1.0);
    int good = v.indexOf(0.9);
    assertNotEquals(watch, good);
    assertEquals(watch, v.indexOf(1.0));
    assertEquals(good, v.indexOf(0.9));
    for (int i = 0; i < 100; i++) {
      double value = i / 7.0;
      assertEquals(value, v.value(v.indexOf(value)), 0.0);
    }
    assertEquals(watch, v.indexOf(1.0));
    assertEquals(1.0, v.value(watch), 0.0);
  }
}

package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void plainDecimalsReadExactlyAsDoubleParseDoubleReadsThem() {
    SplittableRandom r = new SplittableRandom(7);
    for (int k = 0; k < 200_000; k++) {
      int intDigits = 1 + r.nextInt(8);
      int fracDigits = r.nextInt(8);
      StringBuilder sb = new StringBuilder(r.nextBoolean() ? "-" : "");
      for (int d = 0; d < intDigits; d++) {
        sb.append((char) ('0' + r.nextInt(10)));
      }
      if (fracDigits > 0) {
        sb.append('.');
        for (int d = 0; d < fracDigits; d++) {
          sb.append((char) ('0' + r.nextInt(10)));
        }
      }
      String s = sb.toString();
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(s)),
          Double.doubleToRawLongBits(Numbers.plainDecimal(s)),
          s);
    }
  }

  @Test
  void edgeCasesMatchToo() {
    for (String s :
        List.of("0", "-0", "+5", "5.", ".5", "0.1", "123456789012345", "0.00000000000001")) {
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(s)),
          Double.doubleToRawLongBits(Numbers.plainDecimal(s)),
          s);
    }
  }

  @Test
  void anythingElseIsLeftToTheSlowPath() {
    for (String s :
        List.of(
            "",
            "-",
            ".",
            "1e5",
            "1.2.3",
            "NaN",
            "Infinity",
            "4d",
            "0x1p3",
            "1234567890123456",
            "1,5")) {
      assertTrue(Double.isNaN(Numbers.plainDecimal(s)), s);
    }
  }

  @Test
  void onlyPlainDecimalNotationIsANumber() {
    for (String s : List.of("1", "-14.73", "+2", ".5", "5.", "1e5", "1.5E-3", "-0")) {
      assertTrue(Numbers.isDecimal(s), s);
    }
    for (String s :
        List.of(
            "0x1p3",
            "0X10",
            "43d",
            "2f",
            "1e",
            "e5",
            "NaN",
            "Infinity",
            "-Infinity",
            "1,5",
            "1_000",
            ".",
            "",
            " 1",
            "1e5.0")) {
      assertFalse(Numbers.isDecimal(s), s);
    }
  }
}

package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BinaryFieldsTest {

  private static byte[] written(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      BinaryFields.writeString(out, s);
    }
    return bytes.toByteArray();
  }

  private static DataInputStream in(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }

  @Test
  void stringsRoundTripIncludingNonAsciiAndEmpty() throws IOException {
    for (String s : new String[] {"", "plan=Basic", "Cité des enfants perdus"}) {
      assertEquals(s, BinaryFields.readString(in(written(s))));
    }
  }

  @Test
  void aLengthBeyondWhatIsLeftIsRefused() throws IOException {
    byte[] good = written("subscription_type");
    assertThrows(
        IOException.class, () -> BinaryFields.readString(in(Arrays.copyOf(good, good.length - 3))));
    assertThrows(IOException.class, () -> BinaryFields.readCount(in(new byte[] {-1, -1, -1, -1})));
  }
}

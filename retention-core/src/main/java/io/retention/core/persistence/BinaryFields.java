package io.retention.core.persistence;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The small binary conventions the codecs of a model bundle share: strings as a length followed by
 * UTF-8 bytes, and lengths that are checked against what is left to read, so a truncated or damaged
 * payload fails with an {@link IOException} instead of allocating a huge array.
 */
public final class BinaryFields {
  private BinaryFields() {}

  /**
   * Writes a string as its UTF-8 length and bytes.
   *
   * @param out the stream
   * @param s the string
   * @throws IOException if writing fails
   */
  public static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /**
   * Reads a string written by {@link #writeString}.
   *
   * @param in the stream
   * @return the string
   * @throws IOException if the stream is damaged or ends early
   */
  public static String readString(DataInputStream in) throws IOException {
    return new String(in.readNBytes(readCount(in)), StandardCharsets.UTF_8);
  }

  /**
   * Reads a length or count that cannot exceed the bytes left in the stream.
   *
   * @param in the stream
   * @return the count, from 0 to the bytes still available
   * @throws IOException if the count is negative or larger than what is left
   */
  public static int readCount(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad length " + n);
    }
    return n;
  }
}

package io.retention.adapters.csv;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionIoException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Finds where a file stops being text in its character set, for a message that names the line: a
 * reader decodes ahead of the parser, so the parser's line is not where the bad byte is.
 */
final class Undecodable {
  private static final int BUFFER = 8192;

  private Undecodable() {}

  /**
   * The error for the first bytes of a file that do not decode.
   *
   * @param file the file
   * @param charset the character set it was read in
   * @return the error, naming the file, the line, the byte and what to do
   */
  static InvalidDataException locate(Path file, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    CharBuffer chars = CharBuffer.allocate(BUFFER);
    long line = 1;
    long consumed = 0;
    try (InputStream in = Files.newInputStream(file)) {
      boolean end = false;
      while (true) {
        int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          end = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, end);
        consumed += bytes.position() - before;
        chars.flip();
        while (chars.hasRemaining()) {
          if (chars.get() == '\n') {
            line++;
          }
        }
        chars.clear();
        if (result.isError()) {
          int bad = bytes.get(bytes.position()) & 0xff;
          return error(file, charset, line, consumed + 1, bad);
        }
        bytes.compact();
        if (end && result.isUnderflow()) {
          // The reader failed where a fresh decoder does not: name the character set only.
          return error(file, charset, InvalidDataException.NO_LINE, -1, -1);
        }
      }
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
  }

  private static InvalidDataException error(
      Path file, Charset charset, long line, long offset, int bad) {
    String where = offset < 0 ? "" : String.format(Locale.ROOT, " (byte %d of the file)", offset);
    return new InvalidDataException(
        file.toString(),
        line,
        "",
        bad < 0 ? "" : String.format(Locale.ROOT, "0x%02X", bad),
        "bytes that are not "
            + charset.name()
            + " text"
            + where
            + "; read the file in its character set (--charset on the command line,"
            + " CsvReadOptions.withCharset in the library), for example ISO-8859-1 or"
            + " windows-1252");
  }
}

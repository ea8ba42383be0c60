package io.retention.ml.tribuo;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Takes the clock out of a serialized Tribuo model, so that the same data and seed give the same
 * bytes: Tribuo records when a model was trained, when its trainer and data source were made
 * ({@code trained-at}, {@code creation-time}, {@code datasource-creation-time}, all {@code
 * DateTimeProvenance} values), and those differ on every run.
 *
 * <p>The model's protobuf is walked without its schema: a length-delimited field whose bytes are
 * exactly an ISO-8601 date-time is set to {@link #EPOCH}; any other length-delimited field that
 * parses as a message is walked in turn. Only the fields on the way to a changed value are written
 * again; every other byte stays as Tribuo wrote it, so weights and trees are untouched. Stateless.
 */
final class ProvenanceTimes {
  /** The time every provenance timestamp is set to. */
  static final String EPOCH = "1970-01-01T00:00:00Z";

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
  private static final int LONGEST_DATE_TIME = 40;
  private static final int DEEPEST = 64;

  private ProvenanceTimes() {}

  /**
   * The message with its date-times at {@link #EPOCH}.
   *
   * @param message a serialized protobuf message
   * @return the same message without the clock (the same array when there is no date-time)
   */
  static byte[] withoutTimes(byte[] message) {
    try {
      UnknownFieldSet fields = UnknownFieldSet.parseFrom(message);
      UnknownFieldSet changed = rewrite(fields, 0);
      return changed == null ? message : changed.toByteArray();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not a protobuf message", e);
    }
  }

  /** The set with its date-times replaced, or null when nothing in it changed. */
  private static UnknownFieldSet rewrite(UnknownFieldSet set, int depth) {
    if (depth > DEEPEST) {
      return null;
    }
    UnknownFieldSet.Builder out = null;
    for (Map.Entry<Integer, UnknownFieldSet.Field> e : set.asMap().entrySet()) {
      List<ByteString> values = e.getValue().getLengthDelimitedList();
      if (values.isEmpty()) {
        continue;
      }
      List<ByteString> rewritten = new ArrayList<>(values.size());
      boolean any = false;
      for (ByteString v : values) {
        ByteString r = rewrite(v, depth);
        any |= r != v;
        rewritten.add(r);
      }
      if (any) {
        if (out == null) {
          out = UnknownFieldSet.newBuilder(set);
        }
        UnknownFieldSet.Field old = e.getValue();
        UnknownFieldSet.Field.Builder field = UnknownFieldSet.Field.newBuilder();
        old.getVarintList().forEach(field::addVarint);
        old.getFixed32List().forEach(field::addFixed32);
        old.getFixed64List().forEach(field::addFixed64);
        old.getGroupList().forEach(field::addGroup);
        rewritten.forEach(field::addLengthDelimited);
        out.addField(e.getKey(), field.build());
      }
    }
    return out == null ? null : out.build();
  }

  private static ByteString rewrite(ByteString value, int depth) {
    if (value.size() <= LONGEST_DATE_TIME
        && value.isValidUtf8()
        && DATE_TIME.matcher(value.toString(StandardCharsets.UTF_8)).matches()) {
      return ByteString.copyFromUtf8(EPOCH);
    }
    UnknownFieldSet nested;
    try {
      nested = UnknownFieldSet.parseFrom(value);
    } catch (InvalidProtocolBufferException e) {
      return value;
    }
    UnknownFieldSet changed = rewrite(nested, depth + 1);
    return changed == null ? value : changed.toByteString();
  }
}

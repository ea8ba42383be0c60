package io.retention.core.port.out;

/**
 * Turns one kind of {@link FittedSignals} into bytes and back, so that a model bundle file can hold
 * the RFM cut points, flag thresholds and engagement statistics a run fitted. Implemented by the
 * module that owns the signals. Implementations are stateless and thread-safe.
 */
public interface FittedSignalsCodec {

  /**
   * A stable identifier of the encoding, stored in the file and used to find the codec on load.
   *
   * @return the identifier
   */
  String format();

  /**
   * Whether this codec can encode the given signals.
   *
   * @param signals fitted signals
   * @return true if {@link #encode} accepts them
   */
  boolean supports(FittedSignals signals);

  /**
   * Encodes fitted signals.
   *
   * @param signals signals this codec {@link #supports}
   * @return the bytes
   * @throws IllegalArgumentException if the signals are not supported
   */
  byte[] encode(FittedSignals signals);

  /**
   * Decodes bytes written by {@link #encode}.
   *
   * @param bytes the bytes
   * @return signals that give every customer exactly the RFM score, flags and engagement the
   *     encoded ones gave
   * @throws io.retention.core.RetentionException if the bytes are not a valid encoding
   */
  FittedSignals decode(byte[] bytes);
}

package io.retention.core.port.out;

/**
 * Turns one kind of {@link ChurnModel} into bytes and back, so that a model bundle file can hold
 * the model. Implemented by the backend module that trains the model; decoding must never use Java
 * deserialization. Implementations are stateless and thread-safe.
 */
public interface ChurnModelCodec {

  /**
   * A stable identifier of the encoding, such as {@code "tribuo-protobuf/1"}; stored in the file
   * and used to find the codec on load.
   *
   * @return the identifier
   */
  String format();

  /**
   * Whether this codec can encode the given model.
   *
   * @param model a model
   * @return true if {@link #encode} accepts it
   */
  boolean supports(ChurnModel model);

  /**
   * Encodes a model.
   *
   * @param model a model this codec {@link #supports}
   * @return the bytes
   * @throws IllegalArgumentException if the model is not supported
   */
  byte[] encode(ChurnModel model);

  /**
   * Decodes bytes written by {@link #encode}.
   *
   * @param bytes the bytes
   * @return a model that gives bit-identical probabilities to the encoded one
   * @throws io.retention.core.RetentionException if the bytes are not a valid encoding
   */
  ChurnModel decode(byte[] bytes);
}

package io.retention.core.port.out;

/**
 * Turns one kind of {@link FittedFeatures} into bytes and back, so that a model bundle file can
 * hold the fitted feature pipeline. Implemented by the module that owns the pipeline.
 * Implementations are stateless and thread-safe.
 */
public interface FittedFeaturesCodec {

  /**
   * A stable identifier of the encoding, such as {@code "tabular-features/1"}; stored in the file
   * and used to find the codec on load.
   *
   * @return the identifier
   */
  String format();

  /**
   * Whether this codec can encode the given pipeline.
   *
   * @param features a fitted pipeline
   * @return true if {@link #encode} accepts it
   */
  boolean supports(FittedFeatures features);

  /**
   * Encodes a fitted pipeline.
   *
   * @param features a pipeline this codec {@link #supports}
   * @return the bytes
   * @throws IllegalArgumentException if the pipeline is not supported
   */
  byte[] encode(FittedFeatures features);

  /**
   * Decodes bytes written by {@link #encode}.
   *
   * @param bytes the bytes
   * @return a pipeline that transforms every customer exactly as the encoded one did
   * @throws io.retention.core.RetentionException if the bytes are not a valid encoding
   */
  FittedFeatures decode(byte[] bytes);
}

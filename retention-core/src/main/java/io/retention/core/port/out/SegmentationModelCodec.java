package io.retention.core.port.out;

/**
 * Turns one kind of {@link SegmentationModel} into bytes and back, so that a model bundle file can
 * hold the segments a run found. Segment names are stored by the bundle, not by the codec.
 * Implemented by the module that owns the segmenter. Implementations are stateless and thread-safe.
 */
public interface SegmentationModelCodec {

  /**
   * A stable identifier of the encoding, stored in the file and used to find the codec on load.
   *
   * @return the identifier
   */
  String format();

  /**
   * Whether this codec can encode the given model.
   *
   * @param model a fitted segmentation
   * @return true if {@link #encode} accepts it
   */
  boolean supports(SegmentationModel model);

  /**
   * Encodes a segmentation.
   *
   * @param model a model this codec {@link #supports}
   * @return the bytes
   * @throws IllegalArgumentException if the model is not supported
   */
  byte[] encode(SegmentationModel model);

  /**
   * Decodes bytes written by {@link #encode}.
   *
   * @param bytes the bytes
   * @return a model that assigns every row exactly as the encoded one did
   * @throws io.retention.core.RetentionException if the bytes are not a valid encoding
   */
  SegmentationModel decode(byte[] bytes);
}

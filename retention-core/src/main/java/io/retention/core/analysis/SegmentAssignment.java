package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.SegmentationSummary;
import io.retention.core.port.out.FittedSegmentation;
import java.util.List;

/**
 * What the segmentation stage produced: each customer position's segment index, the segments' names
 * by index, the fitted segmentation that assigned them, and the summary. The array is never changed
 * after the stage.
 */
record SegmentAssignment(
    byte[] segments, List<String> names, FittedSegmentation fitted, SegmentationSummary summary) {

  String name(int position) {
    return names.get(segments[position]);
  }
}

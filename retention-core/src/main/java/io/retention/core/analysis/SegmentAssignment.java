package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.SegmentationSummary;
import java.util.List;

/**
 * What the segmentation stage produced: each customer position's segment index, the segments' names
 * by index, and the summary. The array is never changed after the stage.
 */
record SegmentAssignment(byte[] segments, List<String> names, SegmentationSummary summary) {

  String name(int position) {
    return names.get(segments[position]);
  }
}

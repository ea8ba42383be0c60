package io.retention.core.analysis;

import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.ResultKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** The results a run stored, in the order stored, with where the sink put them. */
final class RunFiles {
  private final AnalysisSink sink;
  private final Map<String, String> files = new LinkedHashMap<>();

  RunFiles(AnalysisSink sink) {
    this.sink = sink;
  }

  void add(ResultKind kind) {
    sink.location(kind).ifPresent(location -> files.put(kind.key(), location));
  }

  Map<String, String> asMap() {
    return files;
  }
}

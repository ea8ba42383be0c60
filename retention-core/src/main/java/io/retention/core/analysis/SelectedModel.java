package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.HoldOutSummary;
import io.retention.core.analysis.RunSummary.ModelSummary;
import io.retention.core.port.out.ChurnModelBundle;

/**
 * The model stage's outcome: the chosen, calibrated model with its features, the selection and
 * hold-out summaries, and how many customers it was fitted on.
 */
record SelectedModel(
    ChurnModelBundle bundle, ModelSummary summary, HoldOutSummary holdOut, long trained) {}

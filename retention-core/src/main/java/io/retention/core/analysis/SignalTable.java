package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.RfmSummary;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.FittedSignals;
import java.util.List;

/**
 * What the signals stage learned and derived: the fitted signals, the sample they were fitted on
 * (which the segmentation reuses), and per customer position its spend, tenure, engagement,
 * behavioural flag bits and RFM label, with the RFM summary. Arrays are never changed after the
 * stage.
 */
record SignalTable(
    FittedSignals fitted,
    List<Customer> sample,
    double[] spend,
    double[] tenure,
    double[] engagement,
    byte[] flags,
    String[] rfmLabels,
    RfmSummary rfm) {}

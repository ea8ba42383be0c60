"""Prints the reference numbers in SklearnReference.java (run once, offline).

Usage: /usr/bin/python3 retention-core/src/test/python/sklearn_reference.py
Needs numpy and scikit-learn (Debian: python3-sklearn); no network. The tests never run this
script: they compare against the numbers it printed, pasted into SklearnReference.java.
"""
import numpy as np
import sklearn
from sklearn.calibration import calibration_curve
from sklearn.metrics import (accuracy_score, average_precision_score, brier_score_loss,
                             confusion_matrix, f1_score, log_loss, precision_score, recall_score,
                             roc_auc_score)

rng = np.random.RandomState(7)
n = 60
y = rng.rand(n) < 0.35
# Scores rounded to two decimals, so that ties occur; kept inside (0.005, 0.995).
p = np.clip(np.round(0.25 + 0.4 * y + rng.normal(0, 0.22, n), 2), 0.01, 0.99)
pred = p >= 0.5
tn, fp, fn, tp = confusion_matrix(y, pred).ravel()
prob_true, prob_pred = calibration_curve(y, p, n_bins=5, strategy="uniform")

def arr(a, fmt):
    return ", ".join(fmt(v) for v in a)

print("  // scikit-learn " + sklearn.__version__)
print("  static final double[] SCORES = {" + arr(p, lambda v: repr(float(v))) + "};")
print("  static final boolean[] LABELS = {" + arr(y, lambda v: "true" if v else "false") + "};")
print("  static final double ROC_AUC = %r;" % float(roc_auc_score(y, p)))
print("  static final double AVERAGE_PRECISION = %r;" % float(average_precision_score(y, p)))
print("  static final double LOG_LOSS = %r;" % float(log_loss(y, p)))
print("  static final double BRIER = %r;" % float(brier_score_loss(y, p)))
print("  static final double ACCURACY_AT_HALF = %r;" % float(accuracy_score(y, pred)))
print("  static final double PRECISION_AT_HALF = %r;" % float(precision_score(y, pred)))
print("  static final double RECALL_AT_HALF = %r;" % float(recall_score(y, pred)))
print("  static final double F1_AT_HALF = %r;" % float(f1_score(y, pred)))
print("  static final long[] CONFUSION_AT_HALF_TP_FP_TN_FN = {%d, %d, %d, %d};" % (tp, fp, tn, fn))
print("  static final double[] CALIBRATION_5_PREDICTED = {" + arr(prob_pred, lambda v: repr(float(v))) + "};")
print("  static final double[] CALIBRATION_5_OBSERVED = {" + arr(prob_true, lambda v: repr(float(v))) + "};")

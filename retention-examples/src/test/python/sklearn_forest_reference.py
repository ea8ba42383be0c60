"""Times scikit-learn's RandomForestClassifier on the rows ForestTrainingBenchmark writes.

Run after the benchmark (in the same sitting), from retention-examples:
    /usr/bin/python3 src/test/python/sklearn_forest_reference.py target/bench [REPEATS [SHAPES]]
REPEATS (default 3) fits per shape; SHAPES "both" (default) or "default" for the first shape only.
Needs numpy and scikit-learn (Debian: python3-sklearn); no network. Not run by the tests.
Prints the median training time of the fits and the hold-out ROC-AUC (random_state=0) for:
  - the reference configuration: RandomForestClassifier(n_estimators=100, n_jobs=2);
  - the same tree shape as the library's defaults: max_depth=8, min_samples_split=20,
    max_features=0.3.
"""
import sys
import time

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score

folder = sys.argv[1] if len(sys.argv) > 1 else "target/bench"
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
only_default = len(sys.argv) > 3 and sys.argv[3] == "default"
train = np.loadtxt(folder + "/forest-train.csv", delimiter=",", skiprows=1)
test = np.loadtxt(folder + "/forest-test.csv", delimiter=",", skiprows=1)
x, y = train[:, :-1], train[:, -1]
xt, yt = test[:, :-1], test[:, -1]

shapes = {
    "default (n_estimators=100, n_jobs=2)": dict(n_estimators=100, n_jobs=2, random_state=0),
    "matched (max_depth=8, min_samples_split=20, max_features=0.3)": dict(
        n_estimators=100, n_jobs=2, random_state=0, max_depth=8, min_samples_split=20,
        max_features=0.3),
}
for name, params in shapes.items():
    if only_default and not name.startswith("default"):
        continue
    times = []
    for _ in range(repeats):
        forest = RandomForestClassifier(**params)
        start = time.perf_counter()
        forest.fit(x, y)
        times.append(time.perf_counter() - start)
    auc = roc_auc_score(yt, forest.predict_proba(xt)[:, 1])
    print("%s: median %.2f s (runs %s), hold-out ROC-AUC %.4f"
          % (name, sorted(times)[len(times) // 2], ", ".join("%.2f" % t for t in times), auc))

package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.analysis.AssessCustomers;
import io.retention.core.analysis.CustomerAssessment;
import io.retention.core.analysis.RunConfig;
import io.retention.core.domain.Customer;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.testing.SharedDatasets;
import io.retention.examples.dashboard.CustomerDetails;
import io.retention.examples.dashboard.CustomerTable;
import io.retention.examples.dashboard.DashboardData;
import io.retention.examples.dashboard.PlanEntry;
import io.retention.examples.dashboard.PlanTable;
import io.retention.examples.dashboard.Prediction;
import io.retention.examples.run.RetentionPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same customer gets the same probability, RFM label, segment and action from every entry
 * point: the demo's results folder, {@code retention plan} with the demo's bundle, the dashboard's
 * lookup and prediction form, and a host's {@link AssessCustomers} with the saved model.
 */
class EntryPointsAgreeTest {
  @TempDir Path dir;

  @Test
  void onGeneratedSubscribers() throws Exception {
    Path run = dir.resolve("run");
    CliFixtures.Run demo =
        CliFixtures.run("demo", "--size", "1200", "-o", run.toString(), "--no-progress");
    assertEquals(0, demo.exitCode(), demo.err());
    assertAllAgree(run, true);
  }

  @Test
  @Tag("dataset")
  void onTheTelcoFile() throws Exception {
    Path telco = SharedDatasets.require("telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    Path run = dir.resolve("run");
    CliFixtures.Run demo =
        CliFixtures.run(
            "demo",
            "--customers",
            telco.toString(),
            "--preset",
            "telco",
            "-o",
            run.toString(),
            "--no-progress");
    assertEquals(0, demo.exitCode(), demo.err());
    assertAllAgree(run, false);
  }

  private void assertAllAgree(Path run, boolean withTitles) throws Exception {
    RunFolder folder = new RunFolder(run);
    Path planned = dir.resolve("planned");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "plan",
                "--customers",
                folder.file(RunFolder.CUSTOMERS).toString(),
                "--mapping",
                folder.file(RunFolder.CUSTOMER_MAPPING).toString(),
                "-m",
                folder.file(RunFolder.MODEL).toString(),
                "-o",
                planned.toString(),
                "--no-progress"));
    if (withTitles) {
      args.addAll(List.of("--recommendations", folder.file(RunFolder.RECOMMENDATIONS).toString()));
    }
    CliFixtures.Run plan = CliFixtures.run(args.toArray(String[]::new));
    assertEquals(0, plan.exitCode(), plan.err());
    assertArrayEquals(
        Files.readAllBytes(folder.file(RunFolder.PLANS)),
        Files.readAllBytes(planned.resolve(RunFolder.PLANS)),
        "retention plan with the run's bundle writes the run's plans");

    CustomerTable customers =
        CustomerTable.read(
            folder.file(RunFolder.CUSTOMERS),
            CustomerCsvMapping.load(folder.file(RunFolder.CUSTOMER_MAPPING)));
    PlanTable plans = PlanTable.read(folder.file(RunFolder.PLANS));
    DashboardData dashboard = DashboardData.load(folder, RiskThresholds.DEFAULTS);
    ModelBundleFile format =
        RetentionPipeline.injector(customers.schema(), RunConfig.DEFAULTS)
            .getInstance(ModelBundleFile.class);
    RetentionModel model =
        format.readModel(Files.readAllBytes(folder.file(RunFolder.MODEL)), "model.bundle");
    AssessCustomers host =
        new AssessCustomers(model, customers.schema(), RetentionEngine.withDefaults());

    Map<String, Integer> actions = new HashMap<>();
    int compared = 0;
    for (int row = 0; row < customers.size(); row++) {
      Customer c = customers.customer(row);
      String id = c.id().value();
      PlanEntry p = plans.find(id).orElseThrow();
      CustomerDetails looked = dashboard.customer(id).orElseThrow();
      assertEquals(List.of(p), looked.plan(), id);
      Prediction shown = looked.prediction();
      assertEquals(p.churnProbability(), shown.probability(), 1e-12, id);
      assertEquals(p.segment(), shown.segment(), id);
      assertEquals(p.rfmLabel(), shown.rfm().label(), id);

      CustomerAssessment a = host.assess(c);
      assertEquals(p.churnProbability(), a.score().probability(), 1e-12, id);
      assertEquals(p.rfmLabel(), a.rfmLabel(), id);
      assertEquals(p.segment(), a.segment().name(), id);
      if (p.topDrivers().isEmpty() && (!withTitles || !"PERSONALIZED_CONTENT".equals(p.action()))) {
        assertEquals(p.action(), a.plan().action().code(), id);
        compared++;
      }
      actions.merge(p.action(), 1, Integer::sum);

      int fields =
          customers.schema().numericAttributes().size()
              + customers.schema().categoricalAttributes().size();
      if (row % 97 == 0 && looked.attributes().size() == fields) {
        Map<String, Object> form = new HashMap<>(looked.attributes());
        Prediction typed = dashboard.predict(form);
        assertEquals(p.churnProbability(), typed.probability(), 1e-12, id);
        assertEquals(p.segment(), typed.segment(), id);
        assertEquals(p.rfmLabel(), typed.rfm().label(), id);
      }
    }
    assertTrue(actions.size() > 2, "the plans use several actions: " + actions);
    assertTrue(compared > customers.size() / 2, compared + " actions compared");
  }
}

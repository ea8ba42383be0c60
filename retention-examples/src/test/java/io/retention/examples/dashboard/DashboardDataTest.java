package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunManifest;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskThresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardDataTest {
  private static final DashboardData DATA =
      DashboardData.load(TestRuns.shared(), RiskThresholds.DEFAULTS);

  @TempDir Path dir;

  private static Map<String, Object> formOf(Customer c) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (FormField f : DATA.form()) {
      if (f.kind().equals(FormField.NUMERIC)) {
        m.put(f.name(), c.numericValue(f.name()).orElse(35.0));
      } else {
        m.put(f.name(), c.categoricalValue(f.name()).orElseThrow());
      }
    }
    return m;
  }

  @Test
  void loadsEveryPartOfTheRun() {
    assertEquals(TestRuns.CUSTOMERS, DATA.customers().size());
    assertEquals(TestRuns.CUSTOMERS, DATA.plans().size());
    assertEquals(TestRuns.SEED, DATA.summary().seed());
    assertTrue(DATA.modelDescription().toLowerCase(java.util.Locale.ROOT).contains("logistic"));
  }

  @Test
  void theFormHasOneFieldPerAttributeWithBoundsFromTheData() {
    assertEquals(
        DATA.customers().schema().numericAttributes().size()
            + DATA.customers().schema().categoricalAttributes().size(),
        DATA.form().size());
    FormField hours =
        DATA.form().stream().filter(f -> f.name().equals("watch_hours")).findFirst().orElseThrow();
    assertEquals(0.0, hours.min());
    assertEquals(
        DATA.customers().range("watch_hours")[1] * DashboardData.PLAUSIBLE_SPAN, hours.max());
    FormField plan =
        DATA.form().stream()
            .filter(f -> f.name().equals("subscription_type"))
            .findFirst()
            .orElseThrow();
    assertEquals(java.util.List.of("Basic", "Premium", "Standard"), plan.levels());
  }

  @Test
  void aLookedUpCustomerAndTheSameAttributesTypedInGetTheSameProbability() {
    RetentionPlan top = TestRuns.sharedPlans().get(0);
    CustomerDetails d = DATA.customer(top.customer().value()).orElseThrow();
    assertEquals(top.churnProbability(), d.prediction().probability(), 1e-12);
    assertEquals(top.segment(), d.prediction().segment());
    assertEquals(1, d.plan().size());
    Customer c =
        TestRuns.sharedCustomers().stream()
            .filter(x -> x.id().equals(top.customer()))
            .findFirst()
            .orElseThrow();
    assertEquals(c.churned() ? "churned" : "retained", d.outcome());
    assertEquals(c.numericValue("watch_hours").orElseThrow(), d.attributes().get("watch_hours"));

    Map<String, Object> form = formOf(c);
    if (c.numericValue("age").isPresent()) {
      Prediction typed = DATA.predict(form);
      assertEquals(d.prediction().probability(), typed.probability(), 1e-12);
      assertEquals(d.prediction().rfm().label(), typed.rfm().label());
    }
    assertTrue(DATA.customer("nobody").isEmpty());
  }

  @Test
  void impossibleFormValuesAreRefusedNamingTheField() {
    Map<String, Object> form = formOf(TestRuns.sharedCustomers().get(1));
    form.put("last_login_days", -3);
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> DATA.predict(form));
    assertTrue(negative.getMessage().startsWith("last_login_days"), negative.getMessage());
    form.put("last_login_days", 1e7);
    assertThrows(IllegalArgumentException.class, () -> DATA.predict(form));
    form.put("last_login_days", Double.NaN);
    assertThrows(IllegalArgumentException.class, () -> DATA.predict(form));
    form.put("last_login_days", "4");
    form.put("shoe_size", 42);
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> DATA.predict(form));
    assertTrue(unknown.getMessage().contains("shoe_size"), unknown.getMessage());
    form.remove("shoe_size");
    DATA.predict(form);
  }

  @Test
  void aFolderWithoutAModelIsRefusedClearly() throws Exception {
    RunFolder copy = new RunFolder(dir);
    for (String name :
        java.util.List.of(RunFolder.METRICS, RunFolder.PLANS, RunFolder.CUSTOMERS, RunFolder.RFM)) {
      Files.copy(TestRuns.shared().file(name), copy.file(name));
    }
    RetentionIoException e =
        assertThrows(
            RetentionIoException.class, () -> DashboardData.load(copy, RiskThresholds.DEFAULTS));
    assertEquals(copy.file(RunFolder.MODEL), e.path());
    assertEquals(
        copy.file(RunFolder.MODEL) + " does not exist: the run saved no model", e.getMessage());
  }

  @Test
  void aFolderWhoseManifestSaysItMixesRunsIsRefused() throws Exception {
    RunFolder copy = new RunFolder(dir);
    for (String name : DashboardData.FILES_READ) {
      if (Files.exists(TestRuns.shared().file(name))) {
        Files.copy(TestRuns.shared().file(name), copy.file(name));
      }
    }
    Path manifest = copy.file(RunManifest.FILE);
    Files.writeString(
        manifest,
        "{\"state\":\"complete\",\"run\":\"b\",\"files\":{\"metrics.json\":\"a\","
            + "\"plans.csv\":\"b\",\"titles.csv\":\"c\"}}");
    RetentionException mixed =
        assertThrows(
            RetentionException.class, () -> DashboardData.load(copy, RiskThresholds.DEFAULTS));
    assertEquals(
        dir
            + " mixes the results of different runs ([metrics.json] from run a; [plans.csv] from"
            + " run b): a later plan or score wrote into the folder of a run; write it into a"
            + " folder of its own (-o), or run the whole analysis again",
        mixed.getMessage());
    Files.writeString(
        manifest, "{\"state\":\"moving\",\"run\":\"b\",\"files\":{\"plans.csv\":\"b\"}}");
    RetentionException moving =
        assertThrows(
            RetentionException.class, () -> DashboardData.load(copy, RiskThresholds.DEFAULTS));
    assertTrue(moving.getMessage().contains("stopped before all its files were in place"));
    Files.writeString(manifest, "{\"state\":\"complete\",\"run\":\"a\",\"files\":{}}");
    assertEquals(
        TestRuns.CUSTOMERS, DashboardData.load(copy, RiskThresholds.DEFAULTS).customers().size());
  }

  @Test
  void aModelThatCannotBeReadIsNamedWithTheReason() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("model.bundle"));
    RetentionIoException e =
        assertThrows(
            RetentionIoException.class,
            () ->
                DashboardData.readBundle(
                    new io.retention.core.persistence.ModelBundleFile(
                        java.util.List.of(), java.util.List.of()),
                    folder));
    assertEquals(folder, e.path());
    assertTrue(e.getMessage().startsWith("cannot read " + folder + ": "), e.getMessage());
  }
}

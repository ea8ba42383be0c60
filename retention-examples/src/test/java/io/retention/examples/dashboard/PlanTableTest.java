package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.InvalidDataException;
import io.retention.core.domain.RetentionPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTableTest {
  private static final PlanTable TABLE = PlanTable.read(TestRuns.shared().file(RunFolder.PLANS));

  @TempDir Path dir;

  @Test
  void readsEveryPlanRowInRankOrderWithItsValues() {
    List<RetentionPlan> plans = TestRuns.sharedPlans();
    assertEquals(plans.size(), TABLE.size());
    PlanPage all = TABLE.page(new PlanQuery(Set.of(), Set.of(), Set.of(), 0, PlanQuery.MAX_LIMIT));
    for (int i = 0; i < plans.size(); i++) {
      RetentionPlan p = plans.get(i);
      PlanEntry e = all.rows().get(i);
      assertEquals(i + 1, e.rank());
      assertEquals(p.customer().value(), e.customerId());
      assertEquals(p.churnProbability(), e.churnProbability(), 1e-12);
      assertEquals(p.priority(), e.priority(), 1e-9);
      assertEquals(p.risk().name(), e.risk());
      assertEquals(p.segment(), e.segment());
      assertEquals(p.rfmLabel(), e.rfmLabel());
      assertEquals(p.action().code(), e.action());
      assertEquals(p.topDrivers(), e.topDrivers());
    }
  }

  @Test
  void findsACustomersRowByIdAndNothingForAnUnknownId() {
    RetentionPlan p = TestRuns.sharedPlans().get(42);
    assertEquals(43, TABLE.find(p.customer().value()).orElseThrow().rank());
    assertTrue(TABLE.find("nobody").isEmpty());
  }

  @Test
  void filtersCombineAcrossColumnsAndPagesCountEveryMatch() {
    String label = TestRuns.sharedPlans().get(0).rfmLabel();
    long expected =
        TestRuns.sharedPlans().stream()
            .filter(p -> p.rfmLabel().equals(label) && !p.risk().name().equals("LOW"))
            .count();
    PlanQuery q = new PlanQuery(Set.of("HIGH", "MEDIUM"), Set.of(), Set.of(label), 0, 2);
    PlanPage page = TABLE.page(q);
    assertEquals(expected, page.total());
    assertTrue(page.rows().size() <= 2);
    List<PlanEntry> all = new ArrayList<>();
    assertEquals(expected, TABLE.forEachMatch(q, all::add));
    assertEquals(all.subList(0, page.rows().size()), page.rows());
    assertEquals(0, TABLE.page(new PlanQuery(Set.of("NONE"), Set.of(), Set.of(), 0, 1)).total());
  }

  @Test
  void aMissingColumnIsNamed() throws Exception {
    Path f = dir.resolve("plans.csv");
    Files.writeString(f, "customer_id,churn_probability\nC1,0.5\n");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> PlanTable.read(f));
    assertTrue(e.getMessage().contains("risk"), e.getMessage());
  }

  @Test
  void aCustomerWithTwoRowsIsRefused() throws Exception {
    Path source = TestRuns.shared().file(RunFolder.PLANS);
    List<String> lines = Files.readAllLines(source);
    Path f = dir.resolve("plans.csv");
    String header = String.join(",", io.retention.adapters.csv.CsvPlanSink.HEADER);
    String row = "C1,0.5,MEDIUM,10,5,5,Seg,Label,NONE,No contact,0,0,rule,,,";
    Files.writeString(f, header + "\n" + row + "\n" + row + "\n");
    assertTrue(lines.size() > 1);
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> PlanTable.read(f));
    assertTrue(e.getMessage().contains("C1"), e.getMessage());
  }

  @Test
  void queriesCheckTheirPage() {
    assertThrows(
        IllegalArgumentException.class, () -> new PlanQuery(Set.of(), Set.of(), Set.of(), -1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new PlanQuery(Set.of(), Set.of(), Set.of(), 0, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PlanQuery(Set.of(), Set.of(), Set.of(), 0, PlanQuery.MAX_LIMIT + 1));
    assertEquals(PlanQuery.DEFAULT_LIMIT, PlanQuery.ALL.limit());
  }
}

package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.PlanSinkContract;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionAction;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import io.retention.core.port.out.PlanSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPlanSinkTest extends PlanSinkContract {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("plans.csv");
  }

  @Override
  protected PlanSink createSink() {
    return new CsvPlanSink(file());
  }

  @Override
  protected List<RetentionPlan> readBack() {
    return Tables.read(file(), CsvPlanSink.HEADER).stream().map(CsvPlanSinkTest::plan).toList();
  }

  private static List<String> list(String cell) {
    return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(CsvPlanSink.LIST_SEPARATOR, -1));
  }

  private static RetentionPlan plan(CSVRecord r) {
    return new RetentionPlan(
        CustomerId.of(r.get("customer_id")),
        Double.parseDouble(r.get("churn_probability")),
        RiskBucket.valueOf(r.get("risk")),
        Double.parseDouble(r.get("clv")),
        Double.parseDouble(r.get("expected_loss")),
        Double.parseDouble(r.get("priority")),
        r.get("segment"),
        r.get("rfm_label"),
        new RetentionAction(
            r.get("action_code"),
            r.get("action_description"),
            Double.parseDouble(r.get("action_cost")),
            Double.parseDouble(r.get("action_save_rate"))),
        r.get("rule"),
        list(r.get("rule_drivers")),
        list(r.get("top_drivers")),
        list(r.get("recommended_titles")));
  }

  @Test
  void theHeaderComesFirstInItsStableOrder() throws IOException {
    createSink().write(List.of());
    assertTrue(
        Files.readString(file(), StandardCharsets.UTF_8)
            .startsWith(
                "customer_id,churn_probability,risk,clv,expected_loss,priority,segment,rfm_label,"
                    + "action_code,action_description,action_cost,action_save_rate,rule,"
                    + "rule_drivers,top_drivers,recommended_titles\r\n"));
  }
}

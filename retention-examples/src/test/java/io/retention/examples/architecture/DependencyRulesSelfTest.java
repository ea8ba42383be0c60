package io.retention.examples.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.retention.adapters.csv.CsvRowWriter;
import io.retention.core.persistence.AtomicFiles;
import io.retention.examples.cli.RetentionCli;
import io.retention.examples.report.ReportWriter;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link DependencyRulesTest} catch what they are meant to: each is evaluated on
 * classes that break it on purpose (test classes, which the rules on the production classes leave
 * out) and on production classes that keep it.
 */
class DependencyRulesSelfTest {

  private static JavaClasses load(String... names) {
    return new ClassFileImporter().importClasses(classes(names));
  }

  private static Class<?>[] classes(String... names) {
    Class<?>[] out = new Class<?>[names.length];
    for (int i = 0; i < names.length; i++) {
      try {
        out[i] = Class.forName(names[i]);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    return out;
  }

  private static String violations(ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.evaluate(classes);
    return result.hasViolation() ? result.getFailureReport().toString() : "";
  }

  @Test
  void aFileWrittenInPlaceOrThroughAFileWriterIsAViolation() {
    ArchRule rule = DependencyRulesTest.filesAreWrittenOnlyThroughAtomicFiles;
    String inPlace = violations(rule, load("io.retention.examples.cli.RuleBreakers$WritesInPlace"));
    assertTrue(inPlace.contains("Files.writeString"), inPlace);
    String writer =
        violations(rule, load("io.retention.examples.cli.RuleBreakers$OpensAFileWriter"));
    assertTrue(writer.contains("FileWriter.<init>"), writer);
  }

  @Test
  void theAtomicWriterAndTheClassesThatUseItKeepTheRule() {
    JavaClasses keep =
        new ClassFileImporter()
            .importClasses(
                AtomicFiles.class,
                AtomicFiles.PendingText.class,
                CsvRowWriter.class,
                ReportWriter.class);
    assertFalse(
        DependencyRulesTest.filesAreWrittenOnlyThroughAtomicFiles.evaluate(keep).hasViolation(),
        violations(DependencyRulesTest.filesAreWrittenOnlyThroughAtomicFiles, keep));
  }

  @Test
  void theCommandLineReachingIntoTheRecommenderIsAViolationButItsModuleIsNot() {
    ArchRule rule =
        DependencyRulesTest.theCommandLineAndTheDashboardUseNoModelOrRecommenderInternals;
    String internals =
        violations(rule, load("io.retention.examples.cli.RuleBreakers$ReachesIntoTheRecommender"));
    assertTrue(internals.contains("io.retention.recommender.FieldWeights"), internals);
    JavaClasses commands =
        load("io.retention.examples.cli.RecommendCommand", RetentionCli.class.getName());
    assertFalse(rule.evaluate(commands).hasViolation(), violations(rule, commands));
  }
}

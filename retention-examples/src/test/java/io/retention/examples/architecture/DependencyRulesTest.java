package io.retention.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.retention.core.persistence.AtomicFiles;
import io.retention.recommender.RecommenderModule;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.nio.file.Files;
import java.util.Set;

/**
 * The module rule of the hexagon, checked on the compiled production classes of every module: the
 * core depends on nothing but the JDK and jakarta.inject; adapter modules depend on the core and
 * their own libraries, never on one another; library types stay inside their adapter.
 */
@AnalyzeClasses(
    packages = "io.retention",
    importOptions = {ImportOption.DoNotIncludeTests.class, DependencyRulesTest.NoTestJars.class})
class DependencyRulesTest {

  /** Leaves out test-jars (core's contract tests), which ArchUnit's test filter does not see. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static final String CORE = "io.retention.core..";
  private static final String FEATURES = "io.retention.features..";
  private static final String TRIBUO = "io.retention.ml.tribuo..";
  private static final String RECOMMENDER = "io.retention.recommender..";
  private static final String CSV = "io.retention.adapters.csv..";
  private static final String EXAMPLES = "io.retention.examples..";

  @ArchTest
  static final ArchRule coreDependsOnlyOnTheJdkAndInjectAnnotations =
      classes()
          .that()
          .resideInAPackage(CORE)
          .should()
          .onlyDependOnClassesThat()
          // javax.crypto is the JDK's own (java.base): the keyed hash of signed bundles.
          .resideInAnyPackage(CORE, "java..", "javax.crypto..", "jakarta.inject..")
          .because("the core is pure domain logic; frameworks and ML libraries live in adapters");

  @ArchTest static final ArchRule featuresDependOnNoOtherAdapter = adapterIsolated(FEATURES);

  @ArchTest static final ArchRule tribuoAdapterDependsOnNoOtherAdapter = adapterIsolated(TRIBUO);

  @ArchTest static final ArchRule recommenderDependsOnNoOtherAdapter = adapterIsolated(RECOMMENDER);

  @ArchTest static final ArchRule csvAdapterDependsOnNoOtherAdapter = adapterIsolated(CSV);

  @ArchTest
  static final ArchRule tribuoTypesStayInTheTribuoAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(TRIBUO)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.tribuo..")
          .because("Tribuo types never leave retention-ml-tribuo");

  @ArchTest
  static final ArchRule csvLibraryTypesStayInTheCsvAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(CSV)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.commons.csv..")
          .because("CSV library types never leave retention-adapters-csv");

  @ArchTest
  static final ArchRule guiceIsUsedOnlyByModuleClassesAndTheCompositionRoot =
      classes()
          .that()
          .resideOutsideOfPackage(EXAMPLES)
          .and()
          .haveSimpleNameNotEndingWith("Module")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackage("com.google.inject..")
          .because("everything is usable without Guice; only the small modules know it");

  /** The methods of {@link Files} that write a file in place, where a reader can see half of it. */
  private static final Set<String> IN_PLACE_WRITES =
      Set.of("write", "writeString", "newOutputStream", "newBufferedWriter");

  @ArchTest
  static final ArchRule filesAreWrittenOnlyThroughAtomicFiles =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(AtomicFiles.class.getName())
          .and()
          .doNotHaveFullyQualifiedName(AtomicFiles.PendingText.class.getName())
          .should()
          .callMethodWhere(
              DescribedPredicate.describe(
                  "a method of java.nio.file.Files that writes in place " + IN_PLACE_WRITES,
                  (JavaMethodCall call) ->
                      call.getTargetOwner().isEquivalentTo(Files.class)
                          && IN_PLACE_WRITES.contains(call.getName())))
          .orShould()
          .callConstructorWhere(
              DescribedPredicate.describe(
                  "a constructor of FileOutputStream or FileWriter",
                  (JavaConstructorCall call) ->
                      call.getTargetOwner().isEquivalentTo(FileOutputStream.class)
                          || call.getTargetOwner().isEquivalentTo(FileWriter.class)))
          .because(
              "every file goes through AtomicFiles (a temporary file moved over the target), so a"
                  + " reader never sees half a file and every write failure is reported alike");

  @ArchTest
  static final ArchRule theCommandLineAndTheDashboardUseNoModelOrRecommenderInternals =
      noClasses()
          .that()
          .resideInAnyPackage("io.retention.examples.cli..", "io.retention.examples.dashboard..")
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAPackage("org.tribuo..")
                  .or(
                      JavaClass.Predicates.resideInAPackage(RECOMMENDER)
                          .and(
                              DescribedPredicate.not(
                                  JavaClass.Predicates.equivalentTo(RecommenderModule.class)))))
          .because(
              "the driving adapters reach Tribuo and the recommender through core's ports and the"
                  + " modules' Guice wiring, never through their internals");

  private static ArchRule adapterIsolated(String adapter) {
    String[] others =
        java.util.stream.Stream.of(FEATURES, TRIBUO, RECOMMENDER, CSV, EXAMPLES)
            .filter(p -> !p.equals(adapter))
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(adapter)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("adapter modules depend on the core only, never on one another")
        .allowEmptyShould(true);
  }
}

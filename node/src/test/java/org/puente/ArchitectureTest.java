package org.puente;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.puente.fixtures.ReadsLabeledTableDirectly;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of ARCHITECTURE.md, as tests. */
class ArchitectureTest {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.puente");

  /** Where labeled records may be read: the enforcement point only. */
  static final String ENFORCEMENT_POINT = "org.puente.governance.Disclosures";

  /** Tables with a label_id column, found in the migrations. */
  static final Set<String> LABELED_TABLES = labeledTables();

  static Set<String> labeledTables() {
    Pattern table =
        Pattern.compile(
            "CREATE TABLE\\s+(?:IF NOT EXISTS\\s+)?([a-z_]+\\.[a-z_]+)\\s*\\((.*?)\\);",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Set<String> tables = new TreeSet<>();
    Path migrations = Path.of("src/main/resources/db/migration");
    try (Stream<Path> files = Files.walk(migrations)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher m = table.matcher(Files.readString(file));
        while (m.find()) {
          if (m.group(2).matches("(?is).*\\blabel_id\\b.*")) {
            tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  /** No class but the enforcement point has SQL that reads (FROM or JOIN) a labeled table. */
  static ArchRule labeledTablesAreReadOnlyThroughTheEnforcementPoint() {
    return classes()
        .that()
        .doNotHaveFullyQualifiedName(ENFORCEMENT_POINT)
        .should(
            new ArchCondition<>("not read labeled tables " + LABELED_TABLES + " in SQL") {
              @Override
              public void check(JavaClass item, ConditionEvents events) {
                for (String constant : constants(item)) {
                  for (String labeled : LABELED_TABLES) {
                    Pattern read =
                        Pattern.compile("(?is)\\b(FROM|JOIN)\\s+" + Pattern.quote(labeled) + "\\b");
                    if (read.matcher(constant).find()) {
                      events.add(
                          SimpleConditionEvent.violated(
                              item,
                              item.getName()
                                  + " reads "
                                  + labeled
                                  + " without the enforcement point "
                                  + ENFORCEMENT_POINT));
                    }
                  }
                }
              }
            })
        .allowEmptyShould(true);
  }

  static List<String> constants(JavaClass type) {
    URI uri = type.getSource().orElseThrow().getUri();
    try (InputStream in = uri.toURL().openStream()) {
      return ClassConstants.strings(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void migrationsDeclareLabeledTables() {
    assertThat(LABELED_TABLES).contains("bulletins.bulletin");
  }

  @Test
  void onlyTheEnforcementPointReadsLabeledTables() {
    labeledTablesAreReadOnlyThroughTheEnforcementPoint().check(MAIN);
  }

  @Test
  void theLabeledTableRuleCatchesADirectRead() {
    JavaClasses fixture = new ClassFileImporter().importClasses(ReadsLabeledTableDirectly.class);
    assertThatThrownBy(() -> labeledTablesAreReadOnlyThroughTheEnforcementPoint().check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("reads bulletins.bulletin without the enforcement point");
  }

  @Test
  void everyPackageIsNullMarkedAndSaysWhatItIsFor() {
    List<String> missing = new ArrayList<>();
    for (JavaPackage p : MAIN.getPackage("org.puente").getSubpackagesInTree()) {
      // The protocol library checks its own packages (PackagesTest in protocol).
      if (p.getName().startsWith("org.puente.protocol")
          || p.getClasses().stream().noneMatch(c -> c.getSource().isPresent())) {
        continue;
      }
      var info = p.tryGetPackageInfo();
      if (info.isEmpty() || !info.get().isAnnotatedWith(NullMarked.class)) {
        missing.add(p.getName());
      }
    }
    if (MAIN.getPackage("org.puente").tryGetPackageInfo().isEmpty()) {
      missing.add("org.puente");
    }
    assertThat(missing).as("packages without a @NullMarked package-info").isEmpty();
  }

  @Test
  void namesComeFromTheDomain() {
    noClasses()
        .should()
        .haveSimpleNameEndingWith("Impl")
        .orShould()
        .haveSimpleNameEndingWith("Manager")
        .orShould()
        .haveSimpleNameEndingWith("Dto")
        .orShould()
        .haveSimpleNameEndingWith("Helper")
        .orShould()
        .haveSimpleNameEndingWith("Util")
        .orShould()
        .haveSimpleNameEndingWith("Utils")
        .orShould()
        .resideInAnyPackage(
            "..util..",
            "..utils..",
            "..common..",
            "..helper..",
            "..dto..",
            "..service..",
            "..impl..")
        .check(MAIN);
  }

  @Test
  void noJpaAndNoFieldInjection() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.persistence..")
        .check(MAIN);
    noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
  }

  @Test
  void httpLivesAtTheWebEdge() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .resideInAPackage("org.puente.web..")
        .check(MAIN);
  }

  @Test
  void theTransparencyLogDependsOnNoModule() {
    noClasses()
        .that()
        .resideInAPackage("org.puente.transparency..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "another Puente module",
                (JavaClass c) ->
                    c.getPackageName().startsWith("org.puente.")
                        && !c.getPackageName().startsWith("org.puente.transparency")
                        && !c.getPackageName().startsWith("org.puente.protocol")))
        .check(MAIN);
  }
}

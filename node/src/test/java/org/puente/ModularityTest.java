package org.puente;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules and their allowed dependencies, verified; docs written to target/. The
 * protocol is a plain library every module may use, not an application module.
 */
class ModularityTest {

  static final ApplicationModules MODULES =
      ApplicationModules.of(
          PuenteNode.class,
          com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
              "org.puente.protocol.."));

  @Test
  void modulesOnlyUseWhatTheyDeclare() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}

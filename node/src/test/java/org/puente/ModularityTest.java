package org.puente;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The application modules and their allowed dependencies, verified; docs written to target/. */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(PuenteNode.class);

  @Test
  void modulesOnlyUseWhatTheyDeclare() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}

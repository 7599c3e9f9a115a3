/**
 * The web edge: security filter chains, problem details, locale, and the API and UI controllers
 * that turn HTTP into calls on the domain modules.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "governance",
      "transparency",
      "bulletins",
      "forensics",
      "forensics :: csv",
      "forensics :: registry",
      "forensics :: technique",
      "forensics :: spectra",
      "trends",
      "intelligence",
      "intelligence :: resolution"
    })
package org.puente.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

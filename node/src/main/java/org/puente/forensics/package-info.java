/**
 * Forensics: DSAP seized-drug reports, the substance registry, identification rules, spectra, route
 * attribution and seizure linkage.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"governance", "transparency"})
package org.puente.forensics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

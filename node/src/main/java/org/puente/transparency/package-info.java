/** The transparency log: an append-only Merkle log of every disclosure and change. */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.puente.transparency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

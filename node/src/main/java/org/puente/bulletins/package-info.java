/** Officer-safety and intelligence bulletins, the first labeled record type. */
@NullMarked
@ApplicationModule(allowedDependencies = {"governance", "transparency"})
package org.puente.bulletins;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

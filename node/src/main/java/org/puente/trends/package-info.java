/** Regional drug trends, early warning and the public context data shown beside them. */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"governance", "transparency", "forensics", "forensics :: registry"})
package org.puente.trends;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

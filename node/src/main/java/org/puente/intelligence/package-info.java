/**
 * Intelligence exchange: people, organisations, vehicles, phones, places, firearms, shipments,
 * seizures and cases, their relationships, field-level labels, versions, search and graph.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"governance", "transparency", "forensics", "forensics :: csv"})
package org.puente.intelligence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Entity resolution: name normalisation for Spanish, English and French naming, Fellegi–Sunter
 * scoring with explanations, blocking, clustering. Plain Java; the node feeds it entities.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("resolution")
package org.puente.intelligence.resolution;

import org.jspecify.annotations.NullMarked;

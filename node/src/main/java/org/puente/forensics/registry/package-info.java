/**
 * The substance registry: canonical substances, multilingual names, structures and class detection.
 */
@NullMarked
@NamedInterface("registry")
package org.puente.forensics.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

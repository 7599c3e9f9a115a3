/** The catalogue of analytical techniques with their SWGDRUG categories and correlation groups. */
@NullMarked
@NamedInterface("technique")
package org.puente.forensics.technique;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

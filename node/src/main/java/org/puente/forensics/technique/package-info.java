/** The catalogue of analytical techniques with their SWGDRUG categories and correlation groups. */
@NullMarked
package org.puente.forensics.technique;

import org.jspecify.annotations.NullMarked;

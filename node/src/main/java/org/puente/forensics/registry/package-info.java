/**
 * The substance registry: canonical substances, multilingual names, structures and class detection.
 */
@NullMarked
package org.puente.forensics.registry;

import org.jspecify.annotations.NullMarked;

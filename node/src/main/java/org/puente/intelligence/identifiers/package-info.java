/**
 * Checks and normal forms of the identifiers entity records carry: VINs, container numbers, phone
 * numbers and CURPs.
 */
@NullMarked
package org.puente.intelligence.identifiers;

import org.jspecify.annotations.NullMarked;

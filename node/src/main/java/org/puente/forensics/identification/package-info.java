/** SWGDRUG identification rules that decide, per finding, whether a substance is identified. */
@NullMarked
package org.puente.forensics.identification;

import org.jspecify.annotations.NullMarked;

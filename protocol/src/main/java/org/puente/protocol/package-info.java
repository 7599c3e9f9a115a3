/** The contract between Puente nodes and their auditors. */
@NullMarked
package org.puente.protocol;

import org.jspecify.annotations.NullMarked;

/** The transparency log over HTTP: checkpoints, proofs, entries, and the audit explorer pages. */
@NullMarked
package org.puente.web.transparency;

import org.jspecify.annotations.NullMarked;

/**
 * The transparency log's entries and published documents: their JSON shapes, the canonical (RFC
 * 8785) encoding whose bytes are the Merkle leaves, proofs, exports and the audit of an export.
 */
@NullMarked
package org.puente.protocol.log;

import org.jspecify.annotations.NullMarked;

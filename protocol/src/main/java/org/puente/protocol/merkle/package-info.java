/**
 * RFC 6962 Merkle tree arithmetic over SHA-256: hashes, proofs from stored subtrees, their
 * verification and the compact range an appending log keeps.
 */
@NullMarked
package org.puente.protocol.merkle;

import org.jspecify.annotations.NullMarked;

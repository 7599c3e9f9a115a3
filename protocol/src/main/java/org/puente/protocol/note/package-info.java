/**
 * C2SP signed notes, verifier keys, Ed25519 signing keys, checkpoints and cosignatures: the text
 * formats in which a log commits to its tree heads.
 */
@NullMarked
package org.puente.protocol.note;

import org.jspecify.annotations.NullMarked;

/**
 * The offline verifier: a command line with which an auditor checks checkpoints, proofs and whole
 * exported logs against a log's verifier key, with nothing but a JDK.
 */
@NullMarked
package org.puente.protocol.verifier;

import org.jspecify.annotations.NullMarked;

/**
 * Spectral identification: reads reference libraries, checks them, and ranks library spectra
 * against a laboratory's spectrum with cosine, composite, modified-cosine and entropy scores.
 */
@NullMarked
package org.puente.forensics.spectra;

import org.jspecify.annotations.NullMarked;

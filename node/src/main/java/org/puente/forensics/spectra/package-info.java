/**
 * Spectral identification: reads reference libraries, checks them, and ranks library spectra
 * against a laboratory's spectrum with cosine, composite, modified-cosine and entropy scores.
 * Exposed to the web layer, which turns requests into query spectra and hits into views.
 */
@NullMarked
@NamedInterface("spectra")
package org.puente.forensics.spectra;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

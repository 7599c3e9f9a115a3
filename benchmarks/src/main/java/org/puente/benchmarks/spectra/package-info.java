/** Benchmarks and the accuracy evaluation of spectral identification. */
@NullMarked
package org.puente.benchmarks.spectra;

import org.jspecify.annotations.NullMarked;

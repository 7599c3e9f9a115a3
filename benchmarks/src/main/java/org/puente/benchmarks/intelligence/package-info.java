/** Load drivers for the intelligence exchange: bulk entities, label-filtered search and graphs. */
@NullMarked
package org.puente.benchmarks.intelligence;

import org.jspecify.annotations.NullMarked;

/** Load drivers for trend aggregates and early-warning detectors. */
@NullMarked
package org.puente.benchmarks.trends;

import org.jspecify.annotations.NullMarked;

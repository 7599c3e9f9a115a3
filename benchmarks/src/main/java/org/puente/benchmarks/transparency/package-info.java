/** Load drivers for the transparency log on PostgreSQL. */
@NullMarked
package org.puente.benchmarks.transparency;

import org.jspecify.annotations.NullMarked;

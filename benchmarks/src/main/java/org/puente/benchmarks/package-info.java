/** JMH benchmarks and load drivers for Puente. */
@NullMarked
package org.puente.benchmarks;

import org.jspecify.annotations.NullMarked;

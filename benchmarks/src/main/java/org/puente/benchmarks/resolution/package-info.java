/**
 * Benchmarks of entity resolution on naming: synthetic people with Spanish and with English names,
 * a variant record of each under every way the same name is written differently, and the recall of
 * the resolver on each at a fixed false-positive rate.
 */
@NullMarked
package org.puente.benchmarks.resolution;

import org.jspecify.annotations.NullMarked;

/**
 * Accuracy and speed evaluations of entity resolution: FEBRL, the Senzing truth set, a
 * Spanish-naming set with its English counterpart, and screening and deduplication at a million
 * records.
 */
@NullMarked
package org.puente.benchmarks.resolution;

import org.jspecify.annotations.NullMarked;

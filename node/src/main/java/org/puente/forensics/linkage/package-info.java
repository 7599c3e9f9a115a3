/** Chemical-profile linkage of seizures: distances, learnt thresholds, search and clusters. */
@NullMarked
package org.puente.forensics.linkage;

import org.jspecify.annotations.NullMarked;

/** Load drivers and benchmarks of DSAP report import and seizure linkage. */
@NullMarked
package org.puente.benchmarks.forensics;

import org.jspecify.annotations.NullMarked;

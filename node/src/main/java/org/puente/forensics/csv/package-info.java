/** RFC 4180 CSV reading shared by the reference data files and the DSAP batch reader. */
@NullMarked
package org.puente.forensics.csv;

import org.jspecify.annotations.NullMarked;

/** RFC 4180 CSV reading shared by the reference data files and the batch imports. */
@NullMarked
@org.springframework.modulith.NamedInterface("csv")
package org.puente.forensics.csv;

import org.jspecify.annotations.NullMarked;

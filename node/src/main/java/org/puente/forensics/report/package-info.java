/** The DSAP v1 report format and its readers for JSON, NDJSON and CSV. */
@NullMarked
package org.puente.forensics.report;

import org.jspecify.annotations.NullMarked;

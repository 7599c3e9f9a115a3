/** A deterministic generator of synthetic DSAP reports for demonstrations. */
@NullMarked
package org.puente.forensics.demo;

import org.jspecify.annotations.NullMarked;

/** DSAP reports and the substance registry over HTTP: the API and the laboratory pages. */
@NullMarked
package org.puente.web.forensics;

import org.jspecify.annotations.NullMarked;

/** The bulletins API and pages. */
@NullMarked
package org.puente.web.bulletins;

import org.jspecify.annotations.NullMarked;

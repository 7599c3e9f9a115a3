/** The Puente node application. */
@NullMarked
package org.puente;

import org.jspecify.annotations.NullMarked;

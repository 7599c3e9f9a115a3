/** Attribution of fentanyl samples to synthesis routes from published marker compounds. */
@NullMarked
package org.puente.forensics.attribution;

import org.jspecify.annotations.NullMarked;

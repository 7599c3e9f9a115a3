/** Intelligence exchange over HTTP and in the browser: entities, search, graph and releases. */
@NullMarked
package org.puente.web.intelligence;

import org.jspecify.annotations.NullMarked;

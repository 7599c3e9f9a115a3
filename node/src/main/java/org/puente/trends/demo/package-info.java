/** Loads the public context datasets shipped with the node on a demo node. */
@NullMarked
package org.puente.trends.demo;

import org.jspecify.annotations.NullMarked;

/** A deterministic, clearly synthetic cross-border network of entities loaded on demo nodes. */
@NullMarked
package org.puente.intelligence.demo;

import org.jspecify.annotations.NullMarked;

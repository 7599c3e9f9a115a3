/** Synthetic demo bulletins, loaded only in demo mode. */
@NullMarked
package org.puente.bulletins.demo;

import org.jspecify.annotations.NullMarked;

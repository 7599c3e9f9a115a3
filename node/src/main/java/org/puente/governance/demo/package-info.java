/** Demo agencies and accounts, loaded only in demo mode. */
@NullMarked
package org.puente.governance.demo;

import org.jspecify.annotations.NullMarked;

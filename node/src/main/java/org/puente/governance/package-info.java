/**
 * Governance: agencies, users, security labels, the one enforcement point every read of labeled
 * data goes through, and release requests.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"transparency"})
package org.puente.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

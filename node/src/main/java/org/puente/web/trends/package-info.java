/** The trends dashboard, early-warning alerts and subscriptions: API and pages. */
@NullMarked
package org.puente.web.trends;

import org.jspecify.annotations.NullMarked;

/** A person's own account: language and personal API tokens, in the API and the UI. */
@NullMarked
package org.puente.web.account;

import org.jspecify.annotations.NullMarked;

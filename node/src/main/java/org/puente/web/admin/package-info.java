/** Administration pages: agencies, accounts and API tokens. */
@NullMarked
package org.puente.web.admin;

import org.jspecify.annotations.NullMarked;

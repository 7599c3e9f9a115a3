package org.puente.governance;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator sets on an account; on creation every field but the password may be given,
 * on update null fields stay as they are.
 *
 * @param username login name, lower case (creation only)
 * @param displayName the person's name as shown
 * @param agency the agency's code (creation only)
 * @param roles the roles
 * @param communities the communities
 * @param locale the language the person reads
 * @param enabled whether the account may log in
 * @param password a new password, or null to keep the current one
 */
public record AccountChange(
    @Nullable String username,
    @Nullable String displayName,
    @Nullable String agency,
    @Nullable Set<Role> roles,
    @Nullable Set<String> communities,
    @Nullable Locale locale,
    @Nullable Boolean enabled,
    @Nullable String password) {}

package org.puente.governance;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing for local accounts. */
@Configuration(proxyBeanMethods = false)
class GovernanceConfiguration {

  /**
   * Argon2id with OWASP's recommended parameters; stored hashes carry their algorithm id so the
   * parameters can be raised later and old hashes upgraded at the next login.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    String id = "argon2";
    return new DelegatingPasswordEncoder(
        id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }
}

package org.puente.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoModeTest {

  private static final JdbcClient NO_DATABASE =
      JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource());

  @Test
  void isOnWithTheEmbeddedDatabaseAndOffWithPostgres() {
    assertThat(
            new DemoMode(NO_DATABASE, "auto", "jdbc:h2:file:./data/puente", "127.0.0.1").enabled())
        .isTrue();
    assertThat(
            new DemoMode(NO_DATABASE, "auto", "jdbc:postgresql://db/puente", "0.0.0.0").enabled())
        .isFalse();
    assertThat(new DemoMode(NO_DATABASE, "false", "jdbc:h2:mem:x", "0.0.0.0").enabled()).isFalse();
  }

  @Test
  void refusesToListenBeyondLoopback() {
    assertThatThrownBy(() -> new DemoMode(NO_DATABASE, "auto", "jdbc:h2:file:x", "0.0.0.0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> new DemoMode(NO_DATABASE, "true", "jdbc:postgresql://db/p", ""))
        .isInstanceOf(IllegalStateException.class);
    assertThat(new DemoMode(NO_DATABASE, "true", "jdbc:postgresql://db/p", "::1").enabled())
        .isTrue();
  }

  @Test
  void rejectsAnUnknownSetting() {
    assertThatThrownBy(() -> new DemoMode(NO_DATABASE, "maybe", "jdbc:h2:x", "127.0.0.1"))
        .hasMessageContaining("auto, true or false");
  }
}

package org.puente.transparency;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sequencer and the checkpoint signer run on schedules; every module reads one clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TransparencyConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}

package org.puente;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Puente node: the application one country or agency runs. */
@SpringBootApplication
public class PuenteNode {

  public static void main(String[] args) {
    SpringApplication.run(PuenteNode.class, args);
  }
}

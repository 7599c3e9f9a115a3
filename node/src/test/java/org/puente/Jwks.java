package org.puente;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A stand-in identity provider for tests: an RSA key generated here, its JWK set served over HTTP
 * on loopback, and JWTs signed with it (or with another key, to test rejection).
 */
public final class Jwks {

  public static final String ISSUER = "https://idp.test.puente";

  private final RSAKey key;
  private final HttpServer server;

  Jwks() {
    try {
      this.key = new RSAKeyGenerator(2048).keyID("test-key").keyUse(KeyUse.SIGNATURE).generate();
      this.server =
          HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  public String uri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
  }

  /** A JWT for {@code username}, signed with the served key, valid for five minutes. */
  public String token(String username) {
    return sign(key, username, ISSUER, Instant.now().plusSeconds(300));
  }

  /** A JWT signed by a key the node does not know. */
  public String foreignToken(String username) {
    try {
      RSAKey other = new RSAKeyGenerator(2048).keyID("test-key").generate();
      return sign(other, username, ISSUER, Instant.now().plusSeconds(300));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JWT that expired a minute ago. */
  public String expiredToken(String username) {
    return sign(key, username, ISSUER, Instant.now().minusSeconds(120));
  }

  /** A JWT from the right key but another issuer. */
  public String otherIssuerToken(String username) {
    return sign(key, username, "https://elsewhere.test", Instant.now().plusSeconds(300));
  }

  private static String sign(RSAKey key, String username, String issuer, Instant expiry) {
    try {
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(issuer)
              .subject(UUID.randomUUID().toString())
              .claim("preferred_username", username)
              .issueTime(Date.from(Instant.now().minusSeconds(600)))
              .notBeforeTime(Date.from(Instant.now().minusSeconds(600)))
              .expirationTime(Date.from(expiry))
              .build();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void stop() {
    server.stop(0);
  }
}

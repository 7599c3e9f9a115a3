package org.puente.transparency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.puente.protocol.note.MalformedKey;
import org.puente.protocol.note.SigningKey;
import org.puente.protocol.note.Vkey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's checkpoint signing key, kept in a key file outside the database (so that whoever can
 * rewrite the database cannot also sign a rewritten log). Created on first start when the file is
 * absent and creation is allowed — always in demo mode.
 */
@Component
class NodeKey {

  private static final Logger log = LoggerFactory.getLogger(NodeKey.class);

  private final SigningKey key;

  NodeKey(
      @Value("${puente.node.key-file}") String file,
      @Value("${puente.node.origin}") String origin,
      @Value("${puente.node.generate-key:${puente.demo:auto}}") String generate) {
    Path path = Path.of(file);
    try {
      if (Files.exists(path)) {
        this.key = SigningKey.parse(Files.readString(path, StandardCharsets.UTF_8).strip());
        if (!key.vkey().name().equals(origin)) {
          throw new IllegalStateException(
              "the key in "
                  + path
                  + " signs for '"
                  + key.vkey().name()
                  + "', but this node's log origin is '"
                  + origin
                  + "'");
        }
      } else if (!generate.equalsIgnoreCase("false")) {
        this.key = SigningKey.generate(origin);
        if (path.toAbsolutePath().getParent() != null) {
          Files.createDirectories(path.toAbsolutePath().getParent());
        }
        Files.writeString(path, key.privateKeyText() + "\n", StandardCharsets.UTF_8);
        try {
          Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          log.warn("could not restrict the permissions of {}", path);
        }
        log.info("created the log signing key {} for {}", path, key.vkey());
      } else {
        throw new IllegalStateException(
            "no log signing key at "
                + path
                + "; create one (puente.node.generate-key=true"
                + " makes the node create it on start) or set puente.node.key-file");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MalformedKey e) {
      throw new IllegalStateException("the key file " + path + " is not a signing key", e);
    }
  }

  SigningKey key() {
    return key;
  }

  Vkey vkey() {
    return key.vkey();
  }
}

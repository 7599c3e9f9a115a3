package org.puente.protocol.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.puente.protocol.log.JsonValue.JsonArray;
import org.puente.protocol.merkle.Hashes;

/** The {@code hashes} list shared by both proof documents. */
final class ProofHashes {

  private ProofHashes() {}

  static List<byte[]> copy(List<byte[]> hashes) {
    var copies = new ArrayList<byte[]>(hashes.size());
    for (byte[] hash : hashes) {
      if (hash.length != Hashes.LENGTH) {
        throw new IllegalArgumentException("a proof hash has 32 bytes, not " + hash.length);
      }
      copies.add(hash.clone());
    }
    return Collections.unmodifiableList(copies);
  }

  static JsonArray json(List<byte[]> hashes) {
    var elements = new ArrayList<JsonValue>(hashes.size());
    for (byte[] hash : hashes) {
      elements.add(Members.base64(hash));
    }
    return new JsonArray(elements);
  }

  static List<byte[]> read(JsonValue value, String pointer) throws InvalidJson {
    if (!(value instanceof JsonArray array)) {
      throw InvalidJson.at(pointer, "expected an array, found " + Members.kindOf(value));
    }
    var hashes = new ArrayList<byte[]>(array.elements().size());
    for (int i = 0; i < array.elements().size(); i++) {
      hashes.add(Members.hash(array.elements().get(i), pointer + "/" + i));
    }
    return hashes;
  }

  static boolean equal(List<byte[]> a, List<byte[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  static int hashCode(List<byte[]> hashes) {
    int h = 1;
    for (byte[] hash : hashes) {
      h = 31 * h + Arrays.hashCode(hash);
    }
    return h;
  }
}

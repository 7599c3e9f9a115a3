package org.puente.protocol.log;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;

/**
 * A consistency proof as the API serves it, {@code {"from","to","hashes":[base64…]}}: the RFC 6962
 * proof that the tree of {@code to} leaves extends the tree of {@code from} leaves.
 *
 * @param from the older tree size, at least 1
 * @param to the newer tree size
 * @param hashes the proof, deepest node first, each 32 bytes; empty when the sizes are equal
 */
public record ConsistencyPath(long from, long to, List<byte[]> hashes) {

  private static final Set<String> MEMBERS = Set.of("from", "to", "hashes");

  /**
   * @throws IllegalArgumentException unless {@code 0 < from <= to} and every hash has 32 bytes
   */
  public ConsistencyPath {
    if (from <= 0 || from > to) {
      throw new IllegalArgumentException(
          "a consistency proof needs 0 < from <= to, not from " + from + " to " + to);
    }
    hashes = ProofHashes.copy(hashes);
  }

  /** The hashes, as fresh copies. */
  @Override
  public List<byte[]> hashes() {
    return ProofHashes.copy(hashes);
  }

  /** The proof's canonical JSON. */
  public String json() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("from", new JsonNumber(from));
    members.put("to", new JsonNumber(to));
    members.put("hashes", ProofHashes.json(hashes));
    return CanonicalJson.write(new JsonObject(members));
  }

  /**
   * Reads a proof document; unknown members are errors.
   *
   * @throws InvalidJson if it is not a well-formed consistency proof
   */
  public static ConsistencyPath parse(String json) throws InvalidJson {
    JsonObject object = Members.object(JsonReader.parse(json), "", MEMBERS);
    Map<String, JsonValue> m = object.members();
    long from = Members.integer(Members.required(m, "from", ""), "/from");
    long to = Members.integer(Members.required(m, "to", ""), "/to");
    List<byte[]> hashes = ProofHashes.read(Members.required(m, "hashes", ""), "/hashes");
    if (from <= 0 || from > to) {
      throw InvalidJson.at("/from", "a consistency proof needs 0 < from <= to");
    }
    return new ConsistencyPath(from, to, hashes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConsistencyPath that
        && from == that.from
        && to == that.to
        && ProofHashes.equal(hashes, that.hashes);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(from) * 961 + Long.hashCode(to) * 31 + ProofHashes.hashCode(hashes);
  }

  @Override
  public String toString() {
    return json();
  }
}

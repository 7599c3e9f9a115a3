package org.puente.protocol.log;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;

/**
 * An inclusion proof as the API serves it, {@code {"index","treeSize","hashes":[base64…]}}: the RFC
 * 6962 audit path of leaf {@code index} in the tree of {@code treeSize} leaves.
 *
 * @param index the leaf's index
 * @param treeSize the size of the tree the path leads to the root of
 * @param hashes the audit path, nearest the leaf first, each 32 bytes
 */
public record InclusionPath(long index, long treeSize, List<byte[]> hashes) {

  private static final Set<String> MEMBERS = Set.of("index", "treeSize", "hashes");

  /**
   * @throws IllegalArgumentException unless {@code 0 <= index < treeSize} and every hash has 32
   *     bytes
   */
  public InclusionPath {
    if (index < 0 || index >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + index + " is not in a tree of size " + treeSize);
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
    members.put("index", new JsonNumber(index));
    members.put("treeSize", new JsonNumber(treeSize));
    members.put("hashes", ProofHashes.json(hashes));
    return CanonicalJson.write(new JsonObject(members));
  }

  /**
   * Reads a proof document; unknown members are errors.
   *
   * @throws InvalidJson if it is not a well-formed inclusion proof
   */
  public static InclusionPath parse(String json) throws InvalidJson {
    JsonObject object = Members.object(JsonReader.parse(json), "", MEMBERS);
    Map<String, JsonValue> m = object.members();
    long index = Members.integer(Members.required(m, "index", ""), "/index");
    long treeSize = Members.integer(Members.required(m, "treeSize", ""), "/treeSize");
    List<byte[]> hashes = ProofHashes.read(Members.required(m, "hashes", ""), "/hashes");
    if (index < 0 || index >= treeSize) {
      throw InvalidJson.at(
          "/index", "leaf index " + index + " is not in a tree of size " + treeSize);
    }
    return new InclusionPath(index, treeSize, hashes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InclusionPath that
        && index == that.index
        && treeSize == that.treeSize
        && ProofHashes.equal(hashes, that.hashes);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(index) * 961 + Long.hashCode(treeSize) * 31 + ProofHashes.hashCode(hashes);
  }

  @Override
  public String toString() {
    return json();
  }
}

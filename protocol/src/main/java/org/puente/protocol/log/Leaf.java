package org.puente.protocol.log;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;
import org.puente.protocol.merkle.Hashes;

/**
 * One leaf of the log as it is published, {@code {"index","leafHash","entry"}}: the entry is left
 * out for a reader who may not see it, whose copy still carries the leaf hash to verify the tree.
 */
public final class Leaf {

  private static final Set<String> MEMBERS = Set.of("index", "leafHash", "entry");

  private final long index;
  private final byte[] leafHash;
  private final @Nullable LogEntry entry;

  private Leaf(long index, byte[] leafHash, @Nullable LogEntry entry) {
    if (index < 0) {
      throw new IllegalArgumentException("a leaf index is not negative: " + index);
    }
    if (leafHash.length != Hashes.LENGTH) {
      throw new IllegalArgumentException("a leaf hash has 32 bytes, not " + leafHash.length);
    }
    this.index = index;
    this.leafHash = leafHash.clone();
    this.entry = entry;
  }

  /** The full leaf of an entry, its hash computed from the entry's canonical bytes. */
  public static Leaf of(LogEntry entry) {
    return new Leaf(entry.index(), LogEntries.leafHash(entry), entry);
  }

  /**
   * A leaf as a log stores and publishes it: the entry with the leaf hash the log committed to. The
   * two are not checked against each other here — that is the verifier's job, and a log whose
   * stored entry was altered must publish the mismatch, not hide it.
   */
  public static Leaf stored(LogEntry entry, byte[] leafHash) {
    return new Leaf(entry.index(), leafHash, entry);
  }

  /** A leaf whose entry is withheld: only its index and hash. */
  public static Leaf redacted(long index, byte[] leafHash) {
    return new Leaf(index, leafHash, null);
  }

  /** This leaf with its entry withheld. */
  public Leaf redact() {
    return entry == null ? this : new Leaf(index, leafHash, null);
  }

  public long index() {
    return index;
  }

  /** The RFC 6962 leaf hash, as a fresh copy. */
  public byte[] leafHash() {
    return leafHash.clone();
  }

  /** The entry, unless it is withheld. */
  public Optional<LogEntry> entry() {
    return Optional.ofNullable(entry);
  }

  JsonObject toJson() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("index", new JsonNumber(index));
    members.put("leafHash", Members.base64(leafHash));
    if (entry != null) {
      members.put("entry", LogEntries.toJson(entry));
    }
    return new JsonObject(members);
  }

  /**
   * Reads a leaf; a present entry must be a valid log entry, but whether it matches the leaf hash
   * is for the reader to check.
   */
  static Leaf fromJson(JsonValue value, String pointer) throws InvalidJson {
    JsonObject object = Members.object(value, pointer, MEMBERS);
    Map<String, JsonValue> m = object.members();
    long index = Members.integer(Members.required(m, "index", pointer), pointer + "/index");
    if (index < 0) {
      throw InvalidJson.at(pointer + "/index", "a leaf index is not negative");
    }
    byte[] hash = Members.hash(Members.required(m, "leafHash", pointer), pointer + "/leafHash");
    JsonValue entry = m.get("entry");
    return new Leaf(
        index, hash, entry == null ? null : LogEntries.fromJson(entry, pointer + "/entry"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Leaf that
        && index == that.index
        && Arrays.equals(leafHash, that.leafHash)
        && Objects.equals(entry, that.entry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, Arrays.hashCode(leafHash), entry);
  }

  @Override
  public String toString() {
    return CanonicalJson.write(toJson());
  }
}

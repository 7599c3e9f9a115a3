package org.puente.protocol.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.JsonValue.JsonArray;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;
import org.puente.protocol.log.JsonValue.JsonString;
import org.puente.protocol.merkle.CompactRange;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.MalformedNote;
import org.puente.protocol.note.NoteVerifier;
import org.puente.protocol.note.UnverifiedNote;

/**
 * A whole log as a file, {@code {"origin","checkpoints":[signed note…],"entries":[leaf…]}}, which
 * an auditor checks offline against the log's verifier key.
 *
 * <p>The whole document is held in memory, which suits logs of up to a few million entries.
 */
public final class LogExport {

  private static final Set<String> MEMBERS = Set.of("origin", "checkpoints", "entries");
  private static final Set<String> LEAF_MEMBERS = Set.of("index", "leafHash", "entry");

  private final String origin;
  private final List<String> checkpoints;
  private final List<ExportedLeaf> leaves;

  /**
   * A leaf as found in the file. The entry stays raw JSON until the audit, so that an entry an
   * attacker broke is reported as a bad index rather than as an unreadable file.
   */
  private record ExportedLeaf(long index, String leafHash, @Nullable JsonValue entry) {}

  private LogExport(String origin, List<String> checkpoints, List<ExportedLeaf> leaves) {
    this.origin = origin;
    this.checkpoints = List.copyOf(checkpoints);
    this.leaves = List.copyOf(leaves);
  }

  /**
   * An export of the given leaves, in index order, with the log's signed checkpoints.
   *
   * @param origin the log's origin, the first line of its checkpoints
   * @param checkpoints signed checkpoint notes, as the log published them
   * @param leaves the leaves from index 0, entries withheld where the reader may not see them
   */
  public static LogExport of(String origin, List<String> checkpoints, List<Leaf> leaves) {
    if (origin.isEmpty()) {
      throw new IllegalArgumentException("the origin must not be empty");
    }
    var exported = new ArrayList<ExportedLeaf>(leaves.size());
    for (Leaf leaf : leaves) {
      exported.add(
          new ExportedLeaf(
              leaf.index(),
              Members.base64(leaf.leafHash()).value(),
              leaf.entry().map(LogEntries::toJson).orElse(null)));
    }
    return new LogExport(origin, checkpoints, exported);
  }

  /**
   * Reads an export file's structure; the entries themselves are checked by {@link #verify}.
   *
   * @throws InvalidJson if the file is not an export document
   */
  public static LogExport parse(String json) throws InvalidJson {
    JsonObject object = Members.object(JsonReader.parse(json), "", MEMBERS);
    Map<String, JsonValue> m = object.members();
    String origin = Members.string(Members.required(m, "origin", ""), "/origin");
    if (origin.isEmpty()) {
      throw InvalidJson.at("/origin", "the origin must not be empty");
    }
    var checkpoints = new ArrayList<String>();
    for (JsonValue note : array(Members.required(m, "checkpoints", ""), "/checkpoints")) {
      checkpoints.add(Members.string(note, "/checkpoints/" + checkpoints.size()));
    }
    var leaves = new ArrayList<ExportedLeaf>();
    for (JsonValue value : array(Members.required(m, "entries", ""), "/entries")) {
      String at = "/entries/" + leaves.size();
      JsonObject leaf = Members.object(value, at, LEAF_MEMBERS);
      long index = Members.integer(Members.required(leaf.members(), "index", at), at + "/index");
      JsonValue hash = Members.required(leaf.members(), "leafHash", at);
      Members.hash(hash, at + "/leafHash");
      leaves.add(
          new ExportedLeaf(
              index, Members.string(hash, at + "/leafHash"), leaf.members().get("entry")));
    }
    return new LogExport(origin, checkpoints, leaves);
  }

  /** The export's canonical JSON. */
  public String json() {
    var notes = new ArrayList<JsonValue>(checkpoints.size());
    for (String note : checkpoints) {
      notes.add(new JsonString(note));
    }
    var entries = new ArrayList<JsonValue>(leaves.size());
    for (ExportedLeaf leaf : leaves) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      members.put("index", new JsonNumber(leaf.index()));
      members.put("leafHash", new JsonString(leaf.leafHash()));
      if (leaf.entry() != null) {
        members.put("entry", leaf.entry());
      }
      entries.add(new JsonObject(members));
    }
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("origin", new JsonString(origin));
    members.put("checkpoints", new JsonArray(notes));
    members.put("entries", new JsonArray(entries));
    return CanonicalJson.write(new JsonObject(members));
  }

  public String origin() {
    return origin;
  }

  /** The signed checkpoint notes, as in the file. */
  public List<String> checkpoints() {
    return checkpoints;
  }

  /** The number of leaves in the export. */
  public int size() {
    return leaves.size();
  }

  /**
   * Audits the export, in this order: every checkpoint is signed by a trusted key and names this
   * origin; the leaves are contiguous from index 0 and end at the newest checkpoint's size; each
   * present entry is a valid entry with its own index and hashes to its leaf hash; and the leaf
   * hashes produce every checkpoint's root at that checkpoint's size.
   *
   * @throws UnverifiedLog at the first check that fails, naming the first bad index where one can
   *     be named and otherwise the range it lies in
   */
  public VerifiedLog verify(NoteVerifier verifier) throws UnverifiedLog {
    List<Checkpoint> signed = verifyCheckpoints(verifier);
    long newest = signed.getLast().size();
    checkIndexes(newest);
    List<byte[]> hashes = new ArrayList<>(leaves.size());
    long redacted = 0;
    for (int position = 0; position < leaves.size(); position++) {
      ExportedLeaf leaf = leaves.get(position);
      byte[] hash = Base64.getDecoder().decode(leaf.leafHash());
      hashes.add(hash);
      if (leaf.entry() == null) {
        redacted++;
      } else {
        checkEntry(position, leaf.entry(), hash);
      }
    }
    checkRoots(signed, hashes);
    return new VerifiedLog(origin, leaves.size(), redacted, signed);
  }

  private List<Checkpoint> verifyCheckpoints(NoteVerifier verifier) throws UnverifiedLog {
    if (checkpoints.isEmpty()) {
      throw new UnverifiedLog("the export holds no checkpoint, so nothing in it is signed", null);
    }
    var signed = new ArrayList<Checkpoint>(checkpoints.size());
    for (int i = 0; i < checkpoints.size(); i++) {
      Checkpoint checkpoint;
      try {
        checkpoint = Checkpoint.verify(checkpoints.get(i), verifier);
      } catch (MalformedNote e) {
        throw new UnverifiedLog("checkpoint " + (i + 1) + " is malformed: " + e.getMessage(), null);
      } catch (UnverifiedNote e) {
        throw new UnverifiedLog(
            "checkpoint " + (i + 1) + " is not signed by a trusted key: " + e.getMessage(), null);
      }
      if (!checkpoint.origin().equals(origin)) {
        throw new UnverifiedLog(
            "checkpoint " + (i + 1) + " is for origin " + checkpoint.origin() + ", not " + origin,
            null);
      }
      signed.add(checkpoint);
    }
    signed.sort(Comparator.comparingLong(Checkpoint::size));
    for (int i = 1; i < signed.size(); i++) {
      Checkpoint a = signed.get(i - 1);
      Checkpoint b = signed.get(i);
      if (a.size() == b.size() && !MessageDigest.isEqual(a.root(), b.root())) {
        throw new UnverifiedLog(
            "two signed checkpoints of size "
                + a.size()
                + " have different roots: the log has shown two histories",
            null);
      }
    }
    return signed;
  }

  private void checkIndexes(long newest) throws UnverifiedLog {
    int n = leaves.size();
    for (int position = 0; position < n; position++) {
      long index = leaves.get(position).index();
      if (index == position) {
        continue;
      }
      if (index < position) {
        // Every smaller position held its own index, so this one repeats an earlier entry.
        throw new UnverifiedLog(
            "index " + index + " appears twice, again at position " + position, (long) position);
      }
      int later = positionOf(position, n);
      if (later >= 0) {
        throw new UnverifiedLog(
            "entries are out of order from index "
                + position
                + ": it is at position "
                + later
                + ", and position "
                + position
                + " holds index "
                + index,
            (long) position);
      }
      throw new UnverifiedLog(
          "index "
              + position
              + " is missing: the entry after index "
              + (position - 1)
              + " is index "
              + index,
          (long) position);
    }
    if (n < newest) {
      throw new UnverifiedLog(
          "index "
              + n
              + " is missing: the export ends there, but the newest checkpoint covers "
              + newest
              + " entries",
          (long) n);
    }
    if (n > newest) {
      throw new UnverifiedLog(
          "entries from index "
              + newest
              + " on are not covered by any checkpoint (the newest has size "
              + newest
              + ")",
          newest);
    }
  }

  /** The position after {@code from} whose leaf has index {@code from}, or -1. */
  private int positionOf(int from, int n) {
    for (int p = from + 1; p < n; p++) {
      if (leaves.get(p).index() == from) {
        return p;
      }
    }
    return -1;
  }

  private static void checkEntry(int position, JsonValue json, byte[] leafHash)
      throws UnverifiedLog {
    LogEntry entry;
    try {
      entry = LogEntries.fromJson(json, "");
    } catch (InvalidJson e) {
      throw new UnverifiedLog(
          "entry " + position + " is not a valid log entry: " + e.getMessage(), (long) position);
    }
    if (entry.index() != position) {
      throw new UnverifiedLog(
          "the entry at index "
              + position
              + " says it is entry "
              + entry.index()
              + ": entries were moved",
          (long) position);
    }
    if (!MessageDigest.isEqual(LogEntries.leafHash(entry), leafHash)) {
      throw new UnverifiedLog(
          "entry " + position + " does not match its leaf hash: the entry was altered",
          (long) position);
    }
  }

  private static void checkRoots(List<Checkpoint> signed, List<byte[]> hashes)
      throws UnverifiedLog {
    var range = CompactRange.empty();
    long lastGood = 0;
    int next = 0;
    for (int i = 0; i <= hashes.size(); i++) {
      while (next < signed.size() && signed.get(next).size() == i) {
        Checkpoint checkpoint = signed.get(next);
        byte[] root = range.root();
        if (!MessageDigest.isEqual(root, checkpoint.root())) {
          throw new UnverifiedLog(
              "the leaf hashes do not give the root of the checkpoint of size "
                  + checkpoint.size()
                  + ": the first bad index lies in ["
                  + lastGood
                  + ", "
                  + checkpoint.size()
                  + ")",
              null);
        }
        lastGood = checkpoint.size();
        next++;
      }
      if (i < hashes.size()) {
        range.append(hashes.get(i));
      }
    }
  }

  private static List<JsonValue> array(JsonValue value, String pointer) throws InvalidJson {
    if (value instanceof JsonArray(List<JsonValue> elements)) {
      return elements;
    }
    throw InvalidJson.at(pointer, "expected an array, found " + Members.kindOf(value));
  }
}

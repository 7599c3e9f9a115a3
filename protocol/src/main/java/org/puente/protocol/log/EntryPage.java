package org.puente.protocol.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puente.protocol.log.JsonValue.JsonArray;
import org.puente.protocol.log.JsonValue.JsonObject;

/**
 * A run of leaves as the entries API serves it, {@code
 * {"entries":[{"index","leafHash","entry"}…]}}, with the entries a reader may not see left out.
 *
 * @param leaves the leaves in index order
 */
public record EntryPage(List<Leaf> leaves) {

  private static final Set<String> MEMBERS = Set.of("entries");

  public EntryPage {
    leaves = List.copyOf(leaves);
  }

  /** The page's canonical JSON. */
  public String json() {
    var elements = new ArrayList<JsonValue>(leaves.size());
    for (Leaf leaf : leaves) {
      elements.add(leaf.toJson());
    }
    return CanonicalJson.write(new JsonObject(Map.of("entries", new JsonArray(elements))));
  }

  /**
   * Reads a page; every present entry must be a valid log entry, and unknown members are errors.
   * Whether entries match their leaf hashes, and the hashes the tree, is for the reader to check.
   *
   * @throws InvalidJson naming the member at fault
   */
  public static EntryPage parse(String json) throws InvalidJson {
    JsonObject object = Members.object(JsonReader.parse(json), "", MEMBERS);
    JsonValue entries = Members.required(object.members(), "entries", "");
    if (!(entries instanceof JsonArray array)) {
      throw InvalidJson.at("/entries", "expected an array, found " + Members.kindOf(entries));
    }
    var leaves = new ArrayList<Leaf>(array.elements().size());
    for (int i = 0; i < array.elements().size(); i++) {
      leaves.add(Leaf.fromJson(array.elements().get(i), "/entries/" + i));
    }
    return new EntryPage(leaves);
  }
}

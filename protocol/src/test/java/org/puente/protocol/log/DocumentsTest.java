package org.puente.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.protocol.merkle.Hashes;

/** The JSON shapes the API serves for proofs and entries. */
class DocumentsTest {

  private static final byte[] A = Hashes.leafHash(new byte[] {1});
  private static final byte[] B = Hashes.leafHash(new byte[] {2});

  @Test
  void inclusionProofShape() throws Exception {
    var path = new InclusionPath(5, 8, List.of(A, B));
    assertThat(path.json())
        .isEqualTo(
            "{\"hashes\":[\"" + b64(A) + "\",\"" + b64(B) + "\"],\"index\":5,\"treeSize\":8}");
    assertThat(InclusionPath.parse(path.json())).isEqualTo(path);
    assertThat(InclusionPath.parse("{\"index\":0,\"treeSize\":1,\"hashes\":[]}").hashes())
        .isEmpty();
  }

  @Test
  void consistencyProofShape() throws Exception {
    var path = new ConsistencyPath(3, 7, List.of(B));
    assertThat(path.json()).isEqualTo("{\"from\":3,\"hashes\":[\"" + b64(B) + "\"],\"to\":7}");
    assertThat(ConsistencyPath.parse(path.json())).isEqualTo(path);
  }

  @Test
  void proofDocumentsAreReadStrictly() {
    assertThatThrownBy(() -> InclusionPath.parse("{\"index\":8,\"treeSize\":8,\"hashes\":[]}"))
        .isInstanceOf(InvalidJson.class)
        .hasMessageStartingWith("at /index:");
    assertThatThrownBy(
            () -> InclusionPath.parse("{\"index\":0,\"treeSize\":8,\"hashes\":[],\"root\":\"x\"}"))
        .isInstanceOf(InvalidJson.class)
        .hasMessage("at /root: unknown member");
    assertThatThrownBy(() -> ConsistencyPath.parse("{\"from\":0,\"to\":8,\"hashes\":[]}"))
        .isInstanceOf(InvalidJson.class);
    assertThatThrownBy(
            () -> ConsistencyPath.parse("{\"from\":1,\"to\":8,\"hashes\":[\"AAAAAAAA\"]}"))
        .isInstanceOf(InvalidJson.class)
        .hasMessage("at /hashes/0: a hash has 32 bytes, not 6");
  }

  @Test
  void entryPageShapeLeavesRedactedEntriesOut() throws Exception {
    Leaf full = Leaf.of(Entries.aFailedLogin(0));
    Leaf hidden = Leaf.of(Entries.aReadOfABulletin(1)).redact();
    var page = new EntryPage(List.of(full, hidden));
    assertThat(page.json())
        .isEqualTo(
            "{\"entries\":[{\"entry\":"
                + LogEntries.canonicalJson(Entries.aFailedLogin(0))
                + ",\"index\":0,\"leafHash\":\""
                + b64(LogEntries.leafHash(Entries.aFailedLogin(0)))
                + "\"},{\"index\":1,\"leafHash\":\""
                + b64(LogEntries.leafHash(Entries.aReadOfABulletin(1)))
                + "\"}]}");
    assertThat(EntryPage.parse(page.json())).isEqualTo(page);
    assertThat(hidden.entry()).isEmpty();
    assertThat(hidden.leafHash()).isEqualTo(LogEntries.leafHash(Entries.aReadOfABulletin(1)));
  }

  private static String b64(byte[] hash) {
    return Base64.getEncoder().encodeToString(hash);
  }
}

package org.puente.protocol.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.protocol.log.Action;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ConsistencyPath;
import org.puente.protocol.log.InclusionPath;
import org.puente.protocol.log.LogEntries;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.ObjectRef;
import org.puente.protocol.merkle.CompactRange;
import org.puente.protocol.merkle.Proofs;
import org.puente.protocol.merkle.Subtree;
import org.puente.protocol.merkle.SubtreeHash;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.SigningKey;

/**
 * Every worked example in {@code docs/transparency-log.md} is recomputed here, so the page cannot
 * drift from what the code does.
 */
class DocumentedExampleTest {

  private static final Path PAGE = Path.of("..", "docs", "transparency-log.md");

  @TempDir Path dir;

  @Test
  void theExampleEntryAndItsLeafHashAreAsDocumented() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    var entry =
        new LogEntry(
            42,
            Instant.parse("2026-11-28T10:15:30.123Z"),
            new Actor("fgr.analyst", "FGR", "MEX"),
            Action.READ,
            List.of(new ObjectRef("bulletin", "b-2026-0042", "CBP-NTC")),
            "sha256:1f0c",
            "req-7a1",
            "investigation 44/2026",
            Map.of("k", "v"));
    byte[] bytes = LogEntries.canonicalBytes(entry);
    assertThat(page)
        .contains("\n" + LogEntries.canonicalJson(entry) + "\n")
        .contains("(one line, " + bytes.length + " bytes)")
        .contains("`" + HexFormat.of().formatHex(LogEntries.leafHash(entry)) + "`")
        .contains("`" + Base64.getEncoder().encodeToString(LogEntries.leafHash(entry)) + "`");
  }

  @Test
  void theExampleLogKeysCheckpointsAndProofsAreAsDocumentedAndVerify() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    byte[] seed = new byte[32];
    for (int i = 0; i < seed.length; i++) {
      seed[i] = (byte) (i + 1);
    }
    SigningKey key = SigningKey.fromSeed("puente.example.mx/log", seed);
    assertThat(page)
        .contains("\n" + key.vkey() + "\n")
        .contains("\n" + key.privateKeyText() + "\n");

    var range = CompactRange.empty();
    var stored = new HashMap<Subtree, byte[]>();
    var entries = new ArrayList<LogEntry>();
    var checkpoints = new ArrayList<String>();
    for (int i = 0; i < 3; i++) {
      var entry =
          new LogEntry(
              i,
              Instant.parse("2026-11-28T10:15:30.123Z").plusSeconds(i),
              new Actor("fgr.analyst", "FGR", "MEX"),
              Action.READ,
              List.of(new ObjectRef("bulletin", "b-2026-004" + i, "CBP-NTC")),
              null,
              "req-" + i,
              null,
              Map.of());
      entries.add(entry);
      byte[] leafHash = LogEntries.leafHash(entry);
      stored.put(Subtree.leaf(i), leafHash);
      for (SubtreeHash completed : range.append(leafHash)) {
        stored.put(completed.subtree(), completed.hash());
      }
      assertThat(page)
          .contains("\n" + LogEntries.canonicalJson(entry) + "\n")
          .contains("`" + Base64.getEncoder().encodeToString(leafHash) + "`");
      if (i >= 1) {
        String note =
            new Checkpoint("puente.example.mx/log", i + 1, range.root()).sign(key).format();
        assertThat(page).contains("```\n" + note + "```");
        checkpoints.add(note);
      }
    }
    var inclusion = new InclusionPath(1, 3, Proofs.inclusion(1, 3, s -> pick(stored, s)));
    var consistency = new ConsistencyPath(2, 3, Proofs.consistency(2, 3, s -> pick(stored, s)));
    assertThat(page)
        .contains("\n" + inclusion.json() + "\n")
        .contains("\n" + consistency.json() + "\n");

    String vkey = write("log.vkey", key.vkey() + "\n");
    String cp2 = write("cp2", checkpoints.get(0));
    String cp3 = write("cp3", checkpoints.get(1));
    assertThat(
            cli(
                "inclusion",
                "--vkey",
                vkey,
                "--checkpoint",
                cp3,
                "--proof",
                write("inclusion.json", inclusion.json()),
                "--entry",
                write("entry1.json", LogEntries.canonicalJson(entries.get(1)))))
        .isIn(page.lines().toList());
    assertThat(
            cli(
                "consistency",
                "--vkey",
                vkey,
                "--old",
                cp2,
                "--new",
                cp3,
                "--proof",
                write("consistency.json", consistency.json())))
        .isIn(page.lines().toList());
  }

  private static Map<Subtree, byte[]> pick(
      Map<Subtree, byte[]> stored, java.util.Set<Subtree> wanted) {
    var out = new HashMap<Subtree, byte[]>();
    for (Subtree subtree : wanted) {
      byte[] hash = stored.get(subtree);
      if (hash != null) {
        out.put(subtree, hash);
      }
    }
    return out;
  }

  private String cli(String... args) {
    var out = new ByteArrayOutputStream();
    int status =
        Verify.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }
}

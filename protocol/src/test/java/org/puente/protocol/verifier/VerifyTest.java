package org.puente.protocol.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.protocol.log.InclusionPath;
import org.puente.protocol.log.Leaf;
import org.puente.protocol.log.LogEntries;
import org.puente.protocol.log.LogExport;
import org.puente.protocol.note.SigningKey;

/** The verifier's command line, run on files in a temporary folder. */
class VerifyTest {

  private static final SigningKey KEY = SigningKey.generate(NodeLog.ORIGIN);

  @TempDir Path dir;

  private NodeLog log;
  private String vkey;
  private String out = "";
  private String err = "";

  @BeforeEach
  void aLogWithTwoCheckpoints() throws IOException {
    log = new NodeLog(KEY).append(13);
    log.checkpoint();
    log.append(24);
    log.checkpoint();
    vkey = write("log.vkey", "# the log's key\n" + KEY.vkey() + "\n");
  }

  @Test
  void aCheckpointSignedByTheLogVerifies() throws IOException {
    String checkpoint = write("checkpoint", log.checkpoints.get(1));
    assertThat(run("checkpoint", "--vkey", vkey, "--checkpoint", checkpoint)).isEqualTo(0);
    assertThat(out).startsWith("OK checkpoint of puente.example.mx/log at size 37 with root ");
  }

  @Test
  void aCheckpointSignedByAnotherKeyFails() throws IOException {
    SigningKey other = SigningKey.generate(NodeLog.ORIGIN);
    String checkpoint = write("checkpoint", new NodeLog(other).append(3).checkpoint());
    assertThat(run("checkpoint", "--vkey", vkey, "--checkpoint", checkpoint)).isEqualTo(1);
    assertThat(err).startsWith("FAILED ").contains("no signature by a trusted key");
  }

  @Test
  void aTamperedCheckpointFails() throws IOException {
    String checkpoint = write("checkpoint", log.checkpoints.get(1).replace("\n37\n", "\n38\n"));
    assertThat(run("checkpoint", "--vkey", vkey, "--checkpoint=" + checkpoint)).isEqualTo(1);
    assertThat(err).contains("does not verify");
  }

  @Test
  void anEntryIsProvedIncludedByItsJsonOrItsLeafHash() throws IOException {
    String checkpoint = write("checkpoint", log.checkpoints.get(1));
    String proof = write("proof.json", log.inclusion(20, 37).json());
    String entry = write("entry.json", LogEntries.canonicalJson(log.entries.get(20)));
    assertThat(
            run(
                "inclusion",
                "--vkey",
                vkey,
                "--checkpoint",
                checkpoint,
                "--proof",
                proof,
                "--entry",
                entry))
        .isEqualTo(0);
    assertThat(out)
        .isEqualTo("OK entry 20 is at index 20 in puente.example.mx/log at tree size 37\n");

    String leafHash = Base64.getEncoder().encodeToString(LogEntries.leafHash(log.entries.get(20)));
    assertThat(
            run(
                "inclusion",
                "--vkey",
                vkey,
                "--checkpoint",
                checkpoint,
                "--proof",
                proof,
                "--leaf-hash",
                leafHash))
        .isEqualTo(0);
  }

  @Test
  void anAlteredEntryIsNotIncluded() throws IOException {
    String checkpoint = write("checkpoint", log.checkpoints.get(1));
    String proof = write("proof.json", log.inclusion(20, 37).json());
    String altered =
        LogEntries.canonicalJson(log.entries.get(20)).replace("\"case 2\"", "\"case 3\"");
    String entry = write("entry.json", altered);
    assertThat(
            run(
                "inclusion",
                "--vkey",
                vkey,
                "--checkpoint",
                checkpoint,
                "--proof",
                proof,
                "--entry",
                entry))
        .isEqualTo(1);
    assertThat(err).startsWith("FAILED entry 20 is not at index 20 in the log");
  }

  @Test
  void aProofForAnotherTreeSizeIsRefused() throws IOException {
    String checkpoint = write("checkpoint", log.checkpoints.get(1));
    String proof = write("proof.json", log.inclusion(5, 13).json());
    String entry = write("entry.json", LogEntries.canonicalJson(log.entries.get(5)));
    assertThat(
            run(
                "inclusion",
                "--vkey",
                vkey,
                "--checkpoint",
                checkpoint,
                "--proof",
                proof,
                "--entry",
                entry))
        .isEqualTo(1);
    assertThat(err).contains("the proof is for tree size 13, but the checkpoint has size 37");
  }

  @Test
  void aProofForAnotherIndexIsRefused() throws IOException {
    String checkpoint = write("checkpoint", log.checkpoints.get(1));
    String proof = write("proof.json", log.inclusion(6, 37).json());
    String entry = write("entry.json", LogEntries.canonicalJson(log.entries.get(5)));
    assertThat(
            run(
                "inclusion",
                "--vkey",
                vkey,
                "--checkpoint",
                checkpoint,
                "--proof",
                proof,
                "--entry",
                entry))
        .isEqualTo(1);
    assertThat(err).contains("the entry says it is index 5, but the proof is for index 6");
  }

  @Test
  void theLaterCheckpointExtendsTheEarlierOne() throws IOException {
    String old = write("old", log.checkpoints.get(0));
    String now = write("new", log.checkpoints.get(1));
    String proof = write("proof.json", log.consistency(13, 37).json());
    assertThat(run("consistency", "--vkey", vkey, "--old", old, "--new", now, "--proof", proof))
        .isEqualTo(0);
    assertThat(out).isEqualTo("OK puente.example.mx/log at size 37 extends the log at size 13\n");
  }

  @Test
  void aRewrittenHistoryIsNotConsistent() throws IOException {
    // The log later rewrote entry 3, grew to the same size and signed that history.
    var fork = new NodeLog(KEY, 3).append(37);
    String old = write("old", log.checkpoints.get(0));
    String now = write("new", fork.checkpoint());
    String proof = write("proof.json", fork.consistency(13, 37).json());
    assertThat(run("consistency", "--vkey", vkey, "--old", old, "--new", now, "--proof", proof))
        .isEqualTo(1);
    assertThat(err).startsWith("FAILED the log at size 37 does not extend the log at size 13");
  }

  @Test
  void checkpointsOfSwappedAgesAreRefused() throws IOException {
    String old = write("old", log.checkpoints.get(0));
    String now = write("new", log.checkpoints.get(1));
    String proof = write("proof.json", log.consistency(13, 37).json());
    assertThat(run("consistency", "--vkey", vkey, "--old", now, "--new", old, "--proof", proof))
        .isEqualTo(1);
    assertThat(err).contains("is larger than the new one");
  }

  @Test
  void aWholeExportVerifies() throws IOException {
    String export = write("export.json", log.export().json());
    assertThat(run("log", "--vkey", vkey, "--export", export)).isEqualTo(0);
    assertThat(out)
        .startsWith(
            "OK log puente.example.mx/log: 37 entries (0 redacted) match 2 signed checkpoints;"
                + " newest size 37 root ");
  }

  @Test
  void anExportWithAnAlteredEntryNamesIt() throws IOException {
    String json = log.export().json().replace("\"b-17\"", "\"b-71\"");
    assertThat(run("log", "--vkey", vkey, "--export", write("export.json", json))).isEqualTo(1);
    assertThat(err)
        .isEqualTo("FAILED entry 17 does not match its leaf hash: the entry was altered\n");
  }

  @Test
  void anExportWithADeletedEntryNamesIt() throws IOException {
    List<Leaf> leaves = new ArrayList<>(log.leaves());
    leaves.remove(30);
    String json = LogExport.of(NodeLog.ORIGIN, log.checkpoints, leaves).json();
    assertThat(run("log", "--vkey", vkey, "--export", write("export.json", json))).isEqualTo(1);
    assertThat(err).startsWith("FAILED index 30 is missing");
  }

  @Test
  void anExportWithSwappedEntriesNamesTheFirst() throws IOException {
    List<Leaf> leaves = new ArrayList<>(log.leaves());
    Collections.swap(leaves, 7, 9);
    String json = LogExport.of(NodeLog.ORIGIN, log.checkpoints, leaves).json();
    assertThat(run("log", "--vkey", vkey, "--export", write("export.json", json))).isEqualTo(1);
    assertThat(err).startsWith("FAILED entries are out of order from index 7");
  }

  @Test
  void anExportSignedByAnotherKeyFails() throws IOException {
    SigningKey other = SigningKey.generate(NodeLog.ORIGIN);
    NodeLog forged = new NodeLog(other).append(37);
    forged.checkpoint();
    String export = write("export.json", forged.export().json());
    assertThat(run("log", "--vkey", vkey, "--export", export)).isEqualTo(1);
    assertThat(err).startsWith("FAILED checkpoint 1 is not signed by a trusted key");
  }

  @Test
  void unreadableInputIsAUsageError() throws IOException {
    assertThat(run("log", "--vkey", vkey, "--export", write("export.json", "{\"origin\":")))
        .isEqualTo(2);
    assertThat(err).startsWith("error: ").contains("not a log export: at offset 10");
    assertThat(run("checkpoint", "--vkey", vkey, "--checkpoint", dir.resolve("none").toString()))
        .isEqualTo(2);
    assertThat(err).contains("no such file");
    assertThat(run("checkpoint", "--vkey", write("bad.vkey", "nonsense\n"), "--checkpoint", vkey))
        .isEqualTo(2);
    assertThat(err).contains("bad.vkey, line 1");
    Files.write(dir.resolve("latin1"), new byte[] {(byte) 0xe9, '\n'});
    assertThat(run("checkpoint", "--vkey", dir.resolve("latin1").toString(), "--checkpoint", vkey))
        .isEqualTo(2);
    assertThat(err).contains("not valid UTF-8");
    String proof = write("proof.json", "{\"index\":1}");
    String checkpoint = write("checkpoint", log.checkpoints.get(1));
    assertThat(
            run(
                "inclusion",
                "--vkey",
                vkey,
                "--checkpoint",
                checkpoint,
                "--proof",
                proof,
                "--leaf-hash",
                "AAAA"))
        .isEqualTo(2);
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(run()).isEqualTo(2);
    assertThat(err).contains("Usage: java -jar puente-protocol.jar <command>");
    assertThat(run("audit")).isEqualTo(2);
    assertThat(err).isEqualTo("error: unknown command 'audit'; try --help\n");
    assertThat(run("checkpoint", "--vkey", vkey)).isEqualTo(2);
    assertThat(err).isEqualTo("error: --checkpoint is required\n");
    assertThat(run("checkpoint", "--vkey", vkey, "--vkey", vkey)).isEqualTo(2);
    assertThat(err).isEqualTo("error: --vkey is given twice\n");
    assertThat(run("checkpoint", "--key", vkey)).isEqualTo(2);
    assertThat(err).isEqualTo("error: unknown option --key\n");
    assertThat(run("checkpoint", "stray")).isEqualTo(2);
    assertThat(run("checkpoint", "--vkey")).isEqualTo(2);
    assertThat(err).isEqualTo("error: --vkey needs a value\n");
    assertThat(run("inclusion", "--vkey", vkey, "--checkpoint", vkey, "--proof", vkey))
        .isEqualTo(2);
    assertThat(err).isEqualTo("error: give exactly one of --entry and --leaf-hash\n");
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out).contains("checkpoint", "inclusion", "consistency", "log");
    for (String command : List.of("checkpoint", "inclusion", "consistency", "log")) {
      assertThat(run(command, "--help")).isEqualTo(0);
      assertThat(out).startsWith("Usage: " + command + " --vkey FILE");
    }
  }

  @Test
  void theJarEntryPointExitsWithTheVerdict() throws Exception {
    String export = write("export.json", log.export().json());
    String tampered = write("tampered.json", log.export().json().replace("\"b-17\"", "\"b-71\""));
    assertThat(java("log", "--vkey", vkey, "--export", export)).isEqualTo(0);
    assertThat(java("log", "--vkey", vkey, "--export", tampered)).isEqualTo(1);
    assertThat(java("log", "--vkey", vkey)).isEqualTo(2);
  }

  @Test
  void aProofFileWrittenByHandIsRead() throws IOException {
    InclusionPath path = log.inclusion(0, 37);
    String pretty = path.json().replace(",", ",\n  ").replace("{", "{\n  ");
    String proof = write("proof.json", pretty);
    String checkpoint = write("checkpoint", log.checkpoints.get(1));
    String entry = write("entry.json", LogEntries.canonicalJson(log.entries.getFirst()));
    assertThat(
            run(
                "inclusion",
                "--vkey",
                vkey,
                "--checkpoint",
                checkpoint,
                "--proof",
                proof,
                "--entry",
                entry))
        .isEqualTo(0);
  }

  private int run(String... args) {
    var outBytes = new ByteArrayOutputStream();
    var errBytes = new ByteArrayOutputStream();
    int status =
        Verify.run(
            args,
            new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    out = outBytes.toString(StandardCharsets.UTF_8);
    err = errBytes.toString(StandardCharsets.UTF_8);
    return status;
  }

  /** Runs {@code main} in a fresh JVM, as {@code java -jar} would, and returns its exit status. */
  private int java(String... args) throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Verify.class.getName());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("java.out").toFile())
            .start();
    return process.waitFor();
  }

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }
}

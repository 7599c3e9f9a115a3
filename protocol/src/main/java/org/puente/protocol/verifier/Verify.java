package org.puente.protocol.verifier;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.ConsistencyPath;
import org.puente.protocol.log.InclusionPath;
import org.puente.protocol.log.InvalidJson;
import org.puente.protocol.log.LogEntries;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.LogExport;
import org.puente.protocol.log.UnverifiedLog;
import org.puente.protocol.log.VerifiedLog;
import org.puente.protocol.merkle.ConsistencyProof;
import org.puente.protocol.merkle.Hashes;
import org.puente.protocol.merkle.InclusionProof;
import org.puente.protocol.merkle.ProofException;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.NoteVerifier;

/**
 * The offline verifier's entry point: {@code java -jar puente-protocol.jar <command> …}, exiting 0
 * when everything checked holds, 1 when something does not, and 2 when the arguments or files
 * cannot be understood.
 */
public final class Verify {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT =
      """
      Puente offline verifier: checks a transparency log's signed checkpoints, proofs and exports.

      Usage: java -jar puente-protocol.jar <command> [options]

      Commands:
        checkpoint   verify a checkpoint's signature
        inclusion    verify that an entry is in the log at a checkpoint
        consistency  verify that a newer checkpoint extends an older one
        log          verify a whole exported log

      Run a command with --help for its options.
      Exit status: 0 verified, 1 verification failed, 2 usage or unreadable input.
      """;

  private static final String CHECKPOINT_HELP =
      """
      Usage: checkpoint --vkey FILE --checkpoint FILE

      Verifies that the checkpoint (a C2SP signed note) carries a valid signature by a key in
      the vkey file (one C2SP vkey per line).
      """;

  private static final String INCLUSION_HELP =
      """
      Usage: inclusion --vkey FILE --checkpoint FILE --proof FILE (--entry FILE | --leaf-hash B64)

      Verifies that an entry is in the log at the signed checkpoint. The proof file is the API's
      {"index","treeSize","hashes"} document and must be for the checkpoint's tree size. Give the
      entry's JSON (its index must match the proof's) or its RFC 6962 leaf hash in base64.
      """;

  private static final String CONSISTENCY_HELP =
      """
      Usage: consistency --vkey FILE --old FILE --new FILE --proof FILE

      Verifies that the log at the newer signed checkpoint extends the log at the older one,
      so no entry up to the older size was changed or removed. The proof file is the API's
      {"from","to","hashes"} document for the two checkpoints' sizes.
      """;

  private static final String LOG_HELP =
      """
      Usage: log --vkey FILE --export FILE

      Verifies a whole exported log {"origin","checkpoints","entries"}: every checkpoint is
      signed; entries run from index 0 without gaps, repeats or reordering; each entry hashes
      to its leaf hash; and the leaf hashes give every checkpoint's root. Names the first bad
      index, or the range it lies in.
      """;

  private Verify() {}

  public static void main(String[] args) {
    var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    var err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs one command, writing the verdict to {@code out} and problems to {@code err}. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(USAGE_TEXT);
      return USAGE;
    }
    String command = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      String verdict =
          switch (command) {
            case "--help", "-h", "help" -> {
              out.print(USAGE_TEXT);
              yield null;
            }
            case "checkpoint" -> checkpoint(rest, out);
            case "inclusion" -> inclusion(rest, out);
            case "consistency" -> consistency(rest, out);
            case "log" -> log(rest, out);
            default -> throw new UsageError("unknown command '" + command + "'; try --help");
          };
      if (verdict != null) {
        out.println("OK " + verdict);
      }
      return OK;
    } catch (VerificationFailed e) {
      err.println("FAILED " + e.getMessage());
      return FAILED;
    } catch (UsageError e) {
      err.println("error: " + e.getMessage());
      return USAGE;
    }
  }

  private static @Nullable String checkpoint(List<String> args, PrintStream out)
      throws UsageError, VerificationFailed {
    Options options = Options.parse(args, Set.of("vkey", "checkpoint"));
    if (options.help()) {
      out.print(CHECKPOINT_HELP);
      return null;
    }
    NoteVerifier verifier = Inputs.vkeys(options.required("vkey"));
    Checkpoint checkpoint = Inputs.checkpoint(options.required("checkpoint"), verifier);
    return "checkpoint of "
        + checkpoint.origin()
        + " at size "
        + checkpoint.size()
        + " with root "
        + Inputs.base64(checkpoint.root())
        + " is signed";
  }

  private static @Nullable String inclusion(List<String> args, PrintStream out)
      throws UsageError, VerificationFailed {
    Options options =
        Options.parse(args, Set.of("vkey", "checkpoint", "proof", "entry", "leaf-hash"));
    if (options.help()) {
      out.print(INCLUSION_HELP);
      return null;
    }
    String entryFile = options.optional("entry");
    String leafHashText = options.optional("leaf-hash");
    if ((entryFile == null) == (leafHashText == null)) {
      throw new UsageError("give exactly one of --entry and --leaf-hash");
    }
    NoteVerifier verifier = Inputs.vkeys(options.required("vkey"));
    Checkpoint checkpoint = Inputs.checkpoint(options.required("checkpoint"), verifier);
    String proofFile = options.required("proof");
    InclusionPath proof;
    try {
      proof = InclusionPath.parse(Inputs.text(proofFile));
    } catch (InvalidJson e) {
      throw new UsageError(proofFile + ": not an inclusion proof: " + e.getMessage());
    }
    byte[] leafHash;
    String what;
    if (entryFile != null) {
      LogEntry entry;
      try {
        entry = LogEntries.parse(Inputs.text(entryFile));
      } catch (InvalidJson e) {
        throw new UsageError(entryFile + ": not a log entry: " + e.getMessage());
      }
      if (entry.index() != proof.index()) {
        throw new VerificationFailed(
            "the entry says it is index "
                + entry.index()
                + ", but the proof is for index "
                + proof.index());
      }
      leafHash = LogEntries.leafHash(entry);
      what = "entry " + entry.index();
    } else {
      leafHash = Inputs.hash(String.valueOf(leafHashText), "--leaf-hash");
      what = "the leaf with hash " + leafHashText;
    }
    if (proof.treeSize() != checkpoint.size()) {
      throw new VerificationFailed(
          "the proof is for tree size "
              + proof.treeSize()
              + ", but the checkpoint has size "
              + checkpoint.size());
    }
    try {
      InclusionProof.verify(
          proof.index(), proof.treeSize(), leafHash, proof.hashes(), checkpoint.root());
    } catch (ProofException e) {
      throw new VerificationFailed(
          what + " is not at index " + proof.index() + " in the log: " + e.getMessage());
    }
    return what
        + " is at index "
        + proof.index()
        + " in "
        + checkpoint.origin()
        + " at tree size "
        + checkpoint.size();
  }

  private static @Nullable String consistency(List<String> args, PrintStream out)
      throws UsageError, VerificationFailed {
    Options options = Options.parse(args, Set.of("vkey", "old", "new", "proof"));
    if (options.help()) {
      out.print(CONSISTENCY_HELP);
      return null;
    }
    NoteVerifier verifier = Inputs.vkeys(options.required("vkey"));
    Checkpoint older = Inputs.checkpoint(options.required("old"), verifier);
    Checkpoint newer = Inputs.checkpoint(options.required("new"), verifier);
    String proofFile = options.required("proof");
    if (!older.origin().equals(newer.origin())) {
      throw new VerificationFailed(
          "the checkpoints are of different logs: " + older.origin() + " and " + newer.origin());
    }
    if (older.size() > newer.size()) {
      throw new VerificationFailed(
          "the old checkpoint (size "
              + older.size()
              + ") is larger than the new one (size "
              + newer.size()
              + ")");
    }
    if (older.size() == 0) {
      // Every log extends the empty log; there is no proof to check, only the empty root.
      if (!MessageDigest.isEqual(older.root(), Hashes.emptyRoot())) {
        throw new VerificationFailed("the old checkpoint has size 0 but not the empty tree's root");
      }
      return "every log extends the empty log; " + newer.origin() + " is at size " + newer.size();
    }
    ConsistencyPath proof;
    try {
      proof = ConsistencyPath.parse(Inputs.text(proofFile));
    } catch (InvalidJson e) {
      throw new UsageError(proofFile + ": not a consistency proof: " + e.getMessage());
    }
    if (proof.from() != older.size() || proof.to() != newer.size()) {
      throw new VerificationFailed(
          "the proof is from size "
              + proof.from()
              + " to "
              + proof.to()
              + ", but the checkpoints have sizes "
              + older.size()
              + " and "
              + newer.size());
    }
    try {
      ConsistencyProof.verify(
          older.size(), newer.size(), older.root(), newer.root(), proof.hashes());
    } catch (ProofException e) {
      throw new VerificationFailed(
          "the log at size "
              + newer.size()
              + " does not extend the log at size "
              + older.size()
              + ": "
              + e.getMessage());
    }
    return newer.origin() + " at size " + newer.size() + " extends the log at size " + older.size();
  }

  private static @Nullable String log(List<String> args, PrintStream out)
      throws UsageError, VerificationFailed {
    Options options = Options.parse(args, Set.of("vkey", "export"));
    if (options.help()) {
      out.print(LOG_HELP);
      return null;
    }
    NoteVerifier verifier = Inputs.vkeys(options.required("vkey"));
    String exportFile = options.required("export");
    LogExport export;
    try {
      export = LogExport.parse(Inputs.text(exportFile));
    } catch (InvalidJson e) {
      throw new UsageError(exportFile + ": not a log export: " + e.getMessage());
    }
    VerifiedLog verified;
    try {
      verified = export.verify(verifier);
    } catch (UnverifiedLog e) {
      throw new VerificationFailed(String.valueOf(e.getMessage()));
    }
    return "log "
        + verified.origin()
        + ": "
        + verified.entries()
        + " entries ("
        + verified.redacted()
        + " redacted) match "
        + verified.checkpoints().size()
        + " signed checkpoints; newest size "
        + verified.newest().size()
        + " root "
        + Inputs.base64(verified.newest().root());
  }
}

package org.puente.web.transparency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.puente.governance.AuditTrail;
import org.puente.governance.Caller;
import org.puente.governance.Forbidden;
import org.puente.protocol.log.EntryPage;
import org.puente.protocol.log.Leaf;
import org.puente.protocol.log.LogExport;
import org.puente.transparency.LogRangeError;
import org.puente.transparency.TransparencyLog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transparency log for auditors and partners: the checkpoint and key are public; proofs need an
 * account; entries need a security officer, and are redacted to leaf hashes where the officer may
 * not read them.
 */
@RestController
@RequestMapping("/api/v1/transparency")
@Tag(name = "Transparency log", description = "RFC 6962 log of every disclosure and change")
class TransparencyApi {

  /** Most leaves one export carries; larger logs are audited with entries and proofs. */
  static final long MAX_EXPORT = 200_000;

  private final TransparencyLog log;
  private final AuditTrail audit;

  TransparencyApi(TransparencyLog log, AuditTrail audit) {
    this.log = log;
    this.audit = audit;
  }

  @GetMapping(path = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "The newest signed checkpoint (C2SP tlog-checkpoint)")
  String checkpoint() {
    return log.checkpoint();
  }

  @GetMapping(path = "/key", produces = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "The node's verifier key (C2SP vkey)")
  String key() {
    return log.vkey() + "\n";
  }

  @GetMapping(path = "/proof/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Inclusion proof of leaf index in the tree of treeSize leaves")
  String inclusion(Caller caller, @RequestParam long index, @RequestParam long treeSize) {
    return log.inclusion(index, treeSize).json();
  }

  @GetMapping(path = "/proof/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Consistency proof between the trees of from and to leaves")
  String consistency(Caller caller, @RequestParam long from, @RequestParam long to) {
    return log.consistency(from, to).json();
  }

  @GetMapping(path = "/entries", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Leaves start to end (exclusive), entries redacted where not readable")
  String entries(Caller caller, @RequestParam long start, @RequestParam long end) {
    return new EntryPage(audit.entries(caller, start, end)).json();
  }

  @GetMapping(path = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "The whole log up to the newest checkpoint with its checkpoints, for the offline"
              + " verifier")
  String export(Caller caller) {
    if (!audit.permitted(caller)) {
      throw new Forbidden();
    }
    long size = log.checkpointedSize();
    if (size > MAX_EXPORT) {
      throw new LogRangeError("size", "log.export.tooLarge", MAX_EXPORT);
    }
    List<String> notes = log.checkpointNotes(1000, size);
    List<Leaf> leaves = new java.util.ArrayList<>((int) size);
    for (long start = 0; start < size; start += TransparencyLog.MAX_PAGE) {
      leaves.addAll(audit.entries(caller, start, Math.min(size, start + TransparencyLog.MAX_PAGE)));
    }
    return LogExport.of(originOf(notes), notes, leaves).json();
  }

  @GetMapping(path = "/records/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Who has seen or changed this record, when and why")
  String history(Caller caller, @PathVariable String id) {
    return new EntryPage(audit.history(caller, id, TransparencyLog.MAX_PAGE)).json();
  }

  private static String originOf(List<String> notes) {
    if (notes.isEmpty()) {
      throw new IllegalStateException("no checkpoint to export against");
    }
    String first = notes.get(0);
    return first.substring(0, first.indexOf('\n'));
  }
}

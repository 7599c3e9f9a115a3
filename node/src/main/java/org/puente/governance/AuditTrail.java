package org.puente.governance;

import java.util.ArrayList;
import java.util.List;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.Leaf;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.LogFilter;
import org.puente.transparency.Transparency;
import org.puente.transparency.TransparencyLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read which transparency-log entries. Security officers of the hosting agency read every
 * entry; a security officer of another agency reads in full the entries by its own users or about
 * its own records, and only the leaf hash of the rest — enough to verify the log, nothing to learn
 * from it. Reading the log is itself logged.
 */
@Service
public class AuditTrail {

  private final TransparencyLog log;
  private final Transparency transparency;
  private final String hostAgency;

  AuditTrail(
      TransparencyLog log,
      Transparency transparency,
      @Value("${puente.node.host-agency}") String hostAgency) {
    this.log = log;
    this.transparency = transparency;
    this.hostAgency = hostAgency;
  }

  /** Whether this caller may use the audit trail at all. */
  public boolean permitted(Caller caller) {
    return caller.account().has(Role.SECURITY_OFFICER);
  }

  /** Whether this caller reads every entry in full. */
  public boolean hosting(Caller caller) {
    return permitted(caller) && caller.agency().equals(hostAgency);
  }

  /** Leaves {@code start} to {@code end}, redacted where the caller may not read the entry. */
  @Transactional
  public List<Leaf> entries(Caller caller, long start, long end) {
    require(caller);
    List<Leaf> leaves = log.leaves(start, end);
    record(caller, "range", start + "-" + end);
    return redactFor(caller, leaves);
  }

  /** Entries matching the filter that the caller may read in full, newest first. */
  @Transactional
  public List<Leaf> search(Caller caller, LogFilter filter, int limit, int offset) {
    require(caller);
    LogFilter scoped = hosting(caller) ? filter : filter.concerning(caller.agency());
    record(caller, "search", "audit");
    return log.find(scoped, limit, offset);
  }

  /** Who has seen or changed one record, when and why. */
  @Transactional
  public List<Leaf> history(Caller caller, String recordId, int limit) {
    require(caller);
    LogFilter filter = new LogFilter(recordId, null, null, null, null, null, null);
    LogFilter scoped = hosting(caller) ? filter : filter.concerning(caller.agency());
    record(caller, "record", recordId);
    return log.find(scoped, limit, 0);
  }

  /** The leaves as this caller may see them. */
  public List<Leaf> redactFor(Caller caller, List<Leaf> leaves) {
    if (hosting(caller)) {
      return leaves;
    }
    List<Leaf> visible = new ArrayList<>(leaves.size());
    for (Leaf leaf : leaves) {
      boolean full = leaf.entry().map(e -> concerns(e, caller.agency())).orElse(false);
      visible.add(full ? leaf : leaf.redact());
    }
    return visible;
  }

  static boolean concerns(LogEntry entry, String agency) {
    if (agency.equals(entry.actor().agency())) {
      return true;
    }
    for (ObjectRef o : entry.objects()) {
      if (agency.equals(o.owner())) {
        return true;
      }
    }
    return false;
  }

  private void require(Caller caller) {
    if (!permitted(caller)) {
      throw new Forbidden();
    }
  }

  private void record(Caller caller, String kind, String what) {
    transparency.append(
        Event.of(
                new Actor(caller.username(), caller.agency(), caller.country().name()),
                Actions.READ,
                List.of(new ObjectRef("transparency-log", kind + ":" + what, hostAgency)))
            .inRequest(caller.requestId(), caller.purpose()));
  }
}

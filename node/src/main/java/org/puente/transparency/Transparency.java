package org.puente.transparency;

import java.sql.Timestamp;
import java.util.List;
import org.puente.protocol.log.LogEntries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to the transparency log inside the caller's transaction, so that an action and its
 * entry commit together or not at all. The sequencer later gives each event its index in the Merkle
 * tree.
 */
@Service
public class Transparency {

  private final JdbcTemplate jdbc;

  Transparency(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records one event; must run inside the transaction of the action it records. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void append(Event event) {
    appendAll(List.of(event));
  }

  /** Records events in order; must run inside the transaction of the actions they record. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void appendAll(List<Event> events) {
    if (events.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "INSERT INTO transparency.pending (event, created_at) VALUES (?, ?)",
        events,
        500,
        (ps, event) -> {
          // Queued as the canonical entry it will become, with index 0 until it gets its own.
          ps.setString(1, LogEntries.canonicalJson(event.at(0)));
          ps.setTimestamp(2, Timestamp.from(event.time()));
        });
  }
}

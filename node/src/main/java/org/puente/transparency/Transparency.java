package org.puente.transparency;

import java.sql.Timestamp;
import java.util.List;
import org.puente.protocol.log.LogEntries;
import org.puente.protocol.log.ObjectRef;
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
        """
        INSERT INTO transparency.pending
          (event, logged_at, action, actor_user, actor_agency, actor_country, subject_type,
           subject_id, subject_owner, subjects)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        events,
        500,
        (ps, event) -> {
          // Queued as the canonical entry it will become, with index 0 until it gets its own.
          ps.setString(1, LogEntries.canonicalJson(event.at(0)));
          ps.setTimestamp(2, Timestamp.from(event.time()));
          ps.setString(3, event.action());
          ps.setString(4, event.actor().user());
          ps.setString(5, event.actor().agency());
          ps.setString(6, event.actor().country());
          ObjectRef first = event.objects().isEmpty() ? null : event.objects().get(0);
          ps.setString(7, first == null ? null : first.type());
          ps.setString(8, first == null ? null : first.id());
          ps.setString(9, first == null ? null : first.owner());
          ps.setInt(10, event.objects().size());
        });
  }
}

package org.puente.forensics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.registry.ProposalReview;
import org.puente.forensics.registry.Substance;
import org.puente.forensics.registry.SubstanceProposal;
import org.puente.forensics.registry.SubstanceRegistry;
import org.puente.forensics.registry.Suggestion;
import org.puente.forensics.report.DsapReader;
import org.puente.governance.Caller;
import org.puente.governance.Conflict;
import org.puente.governance.Forbidden;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Role;
import org.puente.governance.Violation;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * The substance registry in force: the shipped one plus the substances reviewers accepted, and the
 * queue of new-substance proposals. An unknown name in a report is an error with suggestions, never
 * a silent new entry; a chemist proposes the substance with its structure instead.
 */
@Service
public class Substances {

  /** Proposals waiting, accepted or rejected. */
  public enum Status {
    PENDING,
    ACCEPTED,
    REJECTED
  }

  /**
   * A proposal in the review queue, with what the registry computed from its structure.
   *
   * @param id the proposal's id
   * @param name the proposed name
   * @param smiles the proposed structure
   * @param inchiKey its InChIKey
   * @param detectedClass the class the registry detects from the structure
   * @param note the proposer's note (where it was seen, literature)
   * @param proposer who proposed it
   * @param agency the proposer's agency
   * @param status where it stands
   * @param reviewer who decided, if anyone has
   * @param reviewNote why
   * @param createdAt when it was proposed
   */
  public record Proposal(
      UUID id,
      String name,
      String smiles,
      String inchiKey,
      String detectedClass,
      String note,
      String proposer,
      String agency,
      Status status,
      @Nullable String reviewer,
      @Nullable String reviewNote,
      Instant createdAt) {}

  static final int MAX_NAME = 200;
  static final int MAX_SMILES = 2000;
  static final int MAX_NOTE = 2000;
  private static final Set<String> MEMBERS = Set.of("name", "smiles", "note");

  private final JdbcClient jdbc;
  private final Transparency transparency;
  private final Clock clock;
  private final AtomicReference<@Nullable SubstanceRegistry> current = new AtomicReference<>();

  Substances(JdbcClient jdbc, Transparency transparency, Clock clock) {
    this.jdbc = jdbc;
    this.transparency = transparency;
    this.clock = clock;
  }

  /** The registry in force, with accepted proposals. */
  public SubstanceRegistry registry() {
    SubstanceRegistry registry = current.get();
    if (registry == null) {
      registry = load();
      current.compareAndSet(null, registry);
      registry = java.util.Objects.requireNonNull(current.get());
    }
    return registry;
  }

  /** A report reader over the registry in force. */
  DsapReader reader() {
    return new DsapReader(
        registry(), org.puente.forensics.technique.TechniqueCatalogue.standard(), clock);
  }

  /** Substances whose names or synonyms in any of the three languages resemble {@code q}. */
  public List<Substance> search(@Nullable String q, int limit) {
    SubstanceRegistry registry = registry();
    int bounded = Math.min(Math.max(limit, 1), 100);
    if (q == null || q.isBlank()) {
      return registry.all().stream().limit(bounded).toList();
    }
    Map<String, Substance> found = new LinkedHashMap<>();
    switch (registry.lookup(q)) {
      case org.puente.forensics.registry.Lookup.Found f ->
          found.put(f.substance().id(), f.substance());
      case org.puente.forensics.registry.Lookup.Ambiguous a ->
          a.candidates().forEach(s -> found.put(s.id(), s));
      case org.puente.forensics.registry.Lookup.Unknown ignored -> {}
    }
    for (Substance s : registry.containing(q, bounded)) {
      if (found.size() >= bounded) {
        break;
      }
      found.putIfAbsent(s.id(), s);
    }
    for (Suggestion suggestion : registry.suggest(q, bounded)) {
      if (found.size() >= bounded) {
        break;
      }
      registry.byId(suggestion.substanceId()).ifPresent(s -> found.putIfAbsent(s.id(), s));
    }
    return List.copyOf(found.values());
  }

  public Optional<Substance> byId(String id) {
    return registry().byId(id);
  }

  /** Puts a new substance in the review queue; refused with every problem named. */
  @Transactional
  public Proposal propose(Caller caller, JsonNode request) {
    if (!caller.account().operational() || !caller.account().has(Role.CHEMIST)) {
      throw new Forbidden();
    }
    if (!request.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    List<Violation> violations = new ArrayList<>();
    for (String name : request.propertyNames()) {
      if (!MEMBERS.contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    String name = text(request, "name", MAX_NAME, true, violations);
    String smiles = text(request, "smiles", MAX_SMILES, true, violations);
    String note = text(request, "note", MAX_NOTE, false, violations);
    if (!violations.isEmpty() || name == null || smiles == null) {
      throw new Rejected(violations);
    }
    ProposalReview review =
        registry()
            .review(
                new SubstanceProposal(name, smiles, caller.username(), note == null ? "" : note));
    boolean pending =
        jdbc.sql(
                    "SELECT COUNT(*) FROM forensics.substance_proposal"
                        + " WHERE status = 'PENDING' AND inchikey = :key")
                .param("key", review.classification().inchiKey())
                .query(Long.class)
                .single()
            > 0;
    if (pending) {
      throw new Rejected(Violation.of("/smiles", "proposal.structure.pending"));
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO forensics.substance_proposal
              (id, name, smiles, inchikey, detected, note, proposer, agency, status, created_at)
            VALUES (:id, :name, :smiles, :key, :detected, :note, :proposer, :agency, 'PENDING', :now)
            """)
        .param("id", id)
        .param("name", name)
        .param("smiles", smiles)
        .param("key", review.classification().inchiKey())
        .param("detected", review.classification().substanceClass().name())
        .param("note", note == null ? "" : note)
        .param("proposer", caller.username())
        .param("agency", caller.agency())
        .param("now", Timestamp.from(now))
        .update();
    transparency.append(
        Event.of(
                actor(caller),
                Actions.CREATE,
                List.of(new ObjectRef("substance_proposal", id.toString(), caller.agency())))
            .inRequest(caller.requestId(), caller.purpose()));
    return proposal(id).orElseThrow();
  }

  /** The review queue (or decided proposals), newest first. */
  public List<Proposal> proposals(Status status, int limit) {
    return jdbc.sql(
            "SELECT * FROM forensics.substance_proposal WHERE status = :status"
                + " ORDER BY created_at DESC, id LIMIT :limit")
        .param("status", status.name())
        .param("limit", Math.min(Math.max(limit, 1), 500))
        .query(Substances::proposal)
        .list();
  }

  public Optional<Proposal> proposal(UUID id) {
    return jdbc.sql("SELECT * FROM forensics.substance_proposal WHERE id = :id")
        .param("id", id)
        .query(Substances::proposal)
        .optional();
  }

  /**
   * Accepts or rejects a pending proposal; an accepted substance is in the registry at once (after
   * the transaction commits) and reports may name it. Reviewers are administrators and chemists
   * other than the proposer.
   */
  @Transactional
  public Proposal decide(Caller caller, UUID id, boolean accept, @Nullable String note) {
    if (!caller.account().operational()
        || !(caller.account().has(Role.ADMIN) || caller.account().has(Role.CHEMIST))) {
      throw new Forbidden();
    }
    Proposal proposal = proposal(id).orElseThrow(() -> new NotFound("substance proposal"));
    if (proposal.status() != Status.PENDING) {
      throw new Conflict("proposal already decided");
    }
    if (proposal.proposer().equals(caller.username())) {
      throw new Forbidden();
    }
    String reviewNote = note == null ? "" : note.strip();
    if (reviewNote.length() > MAX_NOTE) {
      throw new Rejected(Violation.of("/note", "field.tooLong", MAX_NOTE));
    }
    if (accept) {
      // Checks again against the registry in force: another proposal may have added it since.
      registry().accepted(toProposal(proposal), provenance(proposal, caller));
    }
    int updated =
        jdbc.sql(
                """
                UPDATE forensics.substance_proposal
                   SET status = :status, reviewer = :reviewer, review_note = :note, reviewed_at = :now
                 WHERE id = :id AND status = 'PENDING'
                """)
            .param("status", accept ? Status.ACCEPTED.name() : Status.REJECTED.name())
            .param("reviewer", caller.username())
            .param("note", reviewNote)
            .param("now", Timestamp.from(clock.instant()))
            .param("id", id)
            .update();
    if (updated != 1) {
      throw new Conflict("proposal already decided");
    }
    transparency.append(
        Event.of(
                actor(caller),
                Actions.UPDATE,
                List.of(new ObjectRef("substance_proposal", id.toString(), proposal.agency())))
            .with("decision", accept ? "ACCEPTED" : "REJECTED")
            .inRequest(caller.requestId(), caller.purpose()));
    if (accept && TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              current.set(load());
            }
          });
    }
    return proposal(id).orElseThrow();
  }

  private SubstanceRegistry load() {
    SubstanceRegistry registry = SubstanceRegistry.standard();
    List<Proposal> accepted =
        jdbc.sql(
                "SELECT * FROM forensics.substance_proposal WHERE status = 'ACCEPTED'"
                    + " ORDER BY reviewed_at, id")
            .query(Substances::proposal)
            .list();
    for (Proposal p : accepted) {
      registry =
          registry.plus(
              List.of(
                  registry.accepted(
                      toProposal(p), "Accepted proposal " + p.id() + " by " + p.reviewer())));
    }
    return registry;
  }

  private static String provenance(Proposal p, Caller reviewer) {
    return "Accepted proposal " + p.id() + " by " + reviewer.username();
  }

  private static SubstanceProposal toProposal(Proposal p) {
    return new SubstanceProposal(p.name(), p.smiles(), p.proposer(), p.note());
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.username(), caller.agency(), caller.country().name());
  }

  private static Proposal proposal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Proposal(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("smiles"),
        rs.getString("inchikey"),
        rs.getString("detected"),
        rs.getString("note"),
        rs.getString("proposer"),
        rs.getString("agency"),
        Status.valueOf(rs.getString("status")),
        rs.getString("reviewer"),
        rs.getString("review_note"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static @Nullable String text(
      JsonNode request, String member, int max, boolean required, List<Violation> violations) {
    JsonNode node = request.get(member);
    String pointer = "/" + member;
    if (node == null || node.isNull()) {
      if (required) {
        violations.add(Violation.of(pointer, "field.required"));
      }
      return null;
    }
    if (!node.isString() || (required && node.asString().isBlank())) {
      violations.add(Violation.of(pointer, "field.notText"));
      return null;
    }
    String value = node.asString().strip();
    if (value.length() > max) {
      violations.add(Violation.of(pointer, "field.tooLong", max));
      return null;
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
      violations.add(Violation.of(pointer, "field.controlCharacters"));
      return null;
    }
    return value;
  }
}

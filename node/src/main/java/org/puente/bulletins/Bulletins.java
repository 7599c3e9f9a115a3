package org.puente.bulletins;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Disclosures;
import org.puente.governance.Label;
import org.puente.governance.LabeledQuery;
import org.puente.governance.LabeledTable;
import org.puente.governance.Labels;
import org.puente.governance.Rejected;
import org.puente.governance.StoredLabel;
import org.puente.governance.Violation;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Issues bulletins and finds them, always through the enforcement point. */
@Service
public class Bulletins {

  static final LabeledTable TABLE = new LabeledTable("bulletins", "bulletin", "bulletin");
  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20_000;
  public static final int MAX_PAGE = 200;
  private static final int MAX_TERMS = 8;
  private static final Set<String> MEMBERS = Set.of("kind", "title", "body", "label");
  private static final String COLUMNS =
      "t.kind, t.title, t.body, t.owner_agency, t.author, t.created_at";
  private static final RowMapper<Bulletin> ROW =
      (rs, n) ->
          new Bulletin(
              rs.getObject("puente_id", UUID.class),
              BulletinKind.valueOf(rs.getString("kind")),
              rs.getString("title"),
              rs.getString("body"),
              rs.getString("owner_agency"),
              rs.getString("author"),
              rs.getTimestamp("created_at").toInstant());

  private final JdbcClient jdbc;
  private final Disclosures disclosures;
  private final Labels labels;
  private final Transparency transparency;
  private final Clock clock;

  Bulletins(
      JdbcClient jdbc,
      Disclosures disclosures,
      Labels labels,
      Transparency transparency,
      Clock clock) {
    this.jdbc = jdbc;
    this.disclosures = disclosures;
    this.labels = labels;
    this.transparency = transparency;
    this.clock = clock;
    disclosures.register(TABLE);
  }

  /**
   * Issues a bulletin from a JSON request owned by the caller's agency; refused with every problem
   * named when the request is invalid, in which case nothing is stored.
   */
  @Transactional
  public Disclosed.Shown<Bulletin> issue(Caller caller, JsonNode request) {
    if (!caller.account().operational()) {
      throw new org.puente.governance.Forbidden();
    }
    List<Violation> violations = new ArrayList<>();
    if (!request.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    for (String name : request.propertyNames()) {
      if (!MEMBERS.contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    BulletinKind kind = BulletinKind.INTELLIGENCE;
    JsonNode kindNode = request.get("kind");
    if (kindNode != null && !kindNode.isNull()) {
      Optional<BulletinKind> parsed =
          Arrays.stream(BulletinKind.values())
              .filter(k -> kindNode.isString() && k.name().equals(kindNode.asString()))
              .findFirst();
      if (parsed.isEmpty()) {
        violations.add(Violation.of("/kind", "bulletin.kind.unknown", kindNode.toString()));
      } else {
        kind = parsed.get();
      }
    }
    String title = text(request, "title", MAX_TITLE, violations);
    String body = text(request, "body", MAX_BODY, violations);
    Label label = labels.read(request.get("label"), "/label", caller.agency(), violations);
    if (!violations.isEmpty() || title == null || body == null || label == null) {
      throw new Rejected(violations);
    }
    StoredLabel stored = labels.register(label, caller.agency());
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO bulletins.bulletin
              (id, kind, title, body, search_text, label_id, owner_agency, author, created_at)
            VALUES (:id, :kind, :title, :body, :search, :label, :owner, :author, :now)
            """)
        .param("id", id)
        .param("kind", kind.name())
        .param("title", title)
        .param("body", body)
        .param("search", fold(title + "\n" + body))
        .param("label", stored.id())
        .param("owner", caller.agency())
        .param("author", caller.username())
        .param("now", Timestamp.from(now))
        .update();
    transparency.append(
        Event.of(
                new Actor(caller.username(), caller.agency(), caller.country().name()),
                Actions.CREATE,
                List.of(new ObjectRef(TABLE.recordType(), id.toString(), caller.agency())))
            .withLabel(stored.digest())
            .inRequest(caller.requestId(), caller.purpose()));
    return new Disclosed.Shown<>(
        id, new Bulletin(id, kind, title, body, caller.agency(), caller.username(), now), stored);
  }

  /** The bulletin, a pointer to it, or nothing, as its label decides for this caller. */
  public Optional<Disclosed<Bulletin>> find(Caller caller, UUID id) {
    return disclosures.find(caller, LabeledQuery.byId(TABLE, COLUMNS, id, ROW));
  }

  /**
   * Bulletins the caller may see (and pointers) whose title or text contains every word of {@code
   * q}, newest first; all bulletins when {@code q} is blank.
   */
  public List<Disclosed<Bulletin>> search(
      Caller caller, @Nullable String q, int limit, int offset) {
    List<String> terms = terms(q);
    StringBuilder where = new StringBuilder();
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        where.append(" AND ");
      }
      where.append("t.search_text LIKE :q").append(i).append(" ESCAPE '\\'");
      params.put("q" + i, "%" + escapeLike(terms.get(i)) + "%");
    }
    return disclosures.list(
        caller,
        new LabeledQuery<>(
            TABLE,
            COLUMNS,
            where.toString(),
            params,
            "t.created_at DESC, t.id",
            Math.min(Math.max(limit, 1), MAX_PAGE),
            Math.max(offset, 0),
            ROW));
  }

  /** The words of a query, folded like the stored text; at most a few, to bound the work. */
  static List<String> terms(@Nullable String q) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    return Arrays.stream(fold(q).split("[^\\p{L}\\p{N}]+"))
        .filter(s -> !s.isEmpty())
        .distinct()
        .limit(MAX_TERMS)
        .toList();
  }

  /** Lower case without accents, so that "Sinaloa" finds "SINALOA" and "José" finds "jose". */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  private static String escapeLike(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static @Nullable String text(
      JsonNode request, String member, int max, List<Violation> violations) {
    return org.puente.governance.RequestText.read(
        request.get(member), "/" + member, max, true, violations);
  }
}

package org.puente.governance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agencies that share through this node. */
@Service
public class Agencies {

  private final JdbcClient jdbc;
  private final Transparency transparency;
  private final Map<String, Agency> cache = new ConcurrentHashMap<>();

  Agencies(JdbcClient jdbc, Transparency transparency) {
    this.jdbc = jdbc;
    this.transparency = transparency;
  }

  private static final org.springframework.jdbc.core.RowMapper<Agency> ROW =
      (rs, n) ->
          new Agency(
              rs.getString("code"),
              rs.getString("name"),
              Country.valueOf(rs.getString("country")),
              rs.getString("contact_point"));

  public List<Agency> all() {
    return jdbc.sql(
            "SELECT code, name, country, contact_point FROM governance.agency ORDER BY country,"
                + " code")
        .query(ROW)
        .list();
  }

  public Optional<Agency> find(String code) {
    Agency known = cache.get(code);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Agency> found =
        jdbc.sql(
                "SELECT code, name, country, contact_point FROM governance.agency WHERE code ="
                    + " :code")
            .param("code", code)
            .query(ROW)
            .optional();
    found.ifPresent(a -> cache.put(a.code(), a));
    return found;
  }

  /** Adds an agency; refused when the code is taken or a field is invalid. */
  @Transactional
  public Agency create(Caller admin, String code, String name, String country, String contact) {
    requireAdmin(admin);
    Agency agency = check(code, name, country, contact);
    try {
      jdbc.sql(
              """
              INSERT INTO governance.agency (code, name, country, contact_point, created_at)
              VALUES (:code, :name, :country, :contact, :now)
              """)
          .param("code", agency.code())
          .param("name", agency.name())
          .param("country", agency.country().name())
          .param("contact", agency.contactPoint())
          .param("now", Timestamp.from(Instant.now()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new Rejected(Violation.of("/code", "agency.code.taken", code));
    }
    record(admin, agency, Actions.CREATE);
    return agency;
  }

  /** Changes an agency's name or contact point; its code and country never change. */
  @Transactional
  public Agency update(Caller admin, String code, String name, String contact) {
    requireAdmin(admin);
    Agency existing = find(code).orElseThrow(() -> new NotFound("agency"));
    Agency agency = check(code, name, existing.country().name(), contact);
    jdbc.sql(
            "UPDATE governance.agency SET name = :name, contact_point = :contact WHERE code ="
                + " :code")
        .param("name", agency.name())
        .param("contact", agency.contactPoint())
        .param("code", code)
        .update();
    cache.remove(code);
    record(admin, agency, Actions.UPDATE);
    return agency;
  }

  private void record(Caller admin, Agency agency, String action) {
    transparency.append(
        Event.of(
                new Actor(admin.username(), admin.agency(), admin.country().name()),
                action,
                List.of(new ObjectRef("agency", agency.code(), agency.code())))
            .inRequest(admin.requestId(), admin.purpose()));
  }

  static void requireAdmin(Caller caller) {
    if (!caller.account().has(Role.ADMIN)) {
      throw new Forbidden();
    }
  }

  private static Agency check(String code, String name, String country, String contact) {
    List<Violation> violations = new ArrayList<>();
    if (!Agency.CODE.matcher(code).matches()) {
      violations.add(Violation.of("/code", "agency.code.invalid"));
    }
    if (name.isBlank() || name.length() > 200) {
      violations.add(Violation.of("/name", "agency.name.invalid"));
    }
    Optional<Country> c = Country.parse(country);
    if (c.isEmpty()) {
      violations.add(Violation.of("/country", "country.unknown", country));
    }
    if (contact.isBlank() || contact.length() > 500) {
      violations.add(Violation.of("/contactPoint", "agency.contact.invalid"));
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    return new Agency(code, name.strip(), c.orElseThrow(), contact.strip());
  }
}

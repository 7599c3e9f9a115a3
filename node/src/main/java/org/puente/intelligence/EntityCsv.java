package org.puente.intelligence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.csv.Csv;
import org.puente.forensics.csv.MalformedCsv;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CSV batch of entities or relationships into the JSON requests the single-record API
 * takes, so that one reader checks every format, and maps each problem found in those requests back
 * to {@code /rows/<n>/<column>} (n counts data rows from 0, as the DSAP CSV import does).
 *
 * <p>The header names fields ({@code givenNames}, {@code vin} …) and the reserved columns {@code
 * type}, {@code label} (JSON), {@code fieldLabel.<field>} (JSON), {@code unverified}, {@code
 * watchlisted} and {@code reason}. List fields (aliases, nationality, reports, unverified) are
 * separated by {@code |}; documents are {@code KIND:NUMBER[:COUNTRY]} separated by {@code |};
 * coordinates are {@code lat;lon}. An empty cell means no value. Parsing follows RFC 4180 strictly,
 * because a lenient reader would silently shift columns.
 */
final class EntityCsv {

  /** Separates the items of a list cell. */
  static final String LIST = "|";

  /** Prefix of the columns holding a field's own label. */
  static final String FIELD_LABEL = "fieldLabel.";

  /** Longest cell read, so that a broken quote cannot swallow a whole upload. */
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EntityCsv() {}

  /**
   * A batch read from CSV.
   *
   * @param items one JSON request per data row that had the header's width and was not blank
   * @param rows the 0-based data row of each item
   * @param shared indices of items whose label is the batch's (from the {@code label} parameter)
   * @param violations problems of the CSV itself: its text, header, widths and cells
   */
  record Read(
      List<JsonNode> items, List<Integer> rows, Set<Integer> shared, List<Violation> violations) {

    /**
     * The same violation, pointing at the CSV: {@code /i/vin} of item i becomes {@code
     * /rows/<row>/vin}, {@code /i/fieldLabels/dateOfBirth/tlp} becomes {@code
     * /rows/<row>/fieldLabel.dateOfBirth}, a problem with the batch's own label {@code /label}.
     */
    Violation toRows(Violation violation) {
      String pointer = violation.pointer();
      String[] parts = pointer.split("/", -1);
      if (parts.length < 2 || !parts[0].isEmpty()) {
        return violation;
      }
      int item = index(parts[1]);
      if (item < 0 || item >= rows.size()) {
        return violation;
      }
      if (parts.length == 2) {
        return new Violation("/rows/" + rows.get(item), violation.code(), violation.args());
      }
      String member = parts[2];
      if (member.equals("label") && shared.contains(item)) {
        StringBuilder rest = new StringBuilder("/label");
        for (int k = 3; k < parts.length; k++) {
          rest.append('/').append(parts[k]);
        }
        return new Violation(rest.toString(), violation.code(), violation.args());
      }
      String column =
          member.equals("fieldLabels") && parts.length > 3 ? FIELD_LABEL + parts[3] : member;
      return new Violation(
          "/rows/" + rows.get(item) + "/" + column, violation.code(), violation.args());
    }
  }

  /**
   * Reads entity rows; {@code label} (the batch's label) and {@code type} fill rows whose {@code
   * label} or {@code type} cell is empty or absent.
   *
   * @throws Rejected when the bytes are not UTF-8 CSV with a header, naming the line
   */
  static Read entities(byte[] body, @Nullable JsonNode label, @Nullable String type) {
    Table table = table(body);
    List<Violation> violations = new ArrayList<>(table.violations());
    List<JsonNode> items = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    Set<Integer> shared = new HashSet<>();
    for (int n = 0; n < table.records().size(); n++) {
      List<String> record = table.records().get(n);
      if (blank(record) || !wide(table, record, n, violations)) {
        continue;
      }
      ObjectNode item = NODES.objectNode();
      String typeCell = cell(table, record, "type");
      String rowType = typeCell.isEmpty() && type != null ? type : typeCell;
      if (!rowType.isEmpty()) {
        item.put("type", rowType);
      }
      EntityType known = EntityType.parse(rowType).orElse(null);
      ObjectNode fieldLabels = NODES.objectNode();
      for (int c = 0; c < table.header().size(); c++) {
        String column = table.header().get(c);
        String value = record.get(c).strip();
        if (value.isEmpty() || column.equals("type")) {
          continue;
        }
        String at = Violation.pointer("/rows/" + n, column);
        if (column.equals("label")) {
          json(value, at, violations).ifPresent(node -> item.set("label", node));
        } else if (column.startsWith(FIELD_LABEL) && column.length() > FIELD_LABEL.length()) {
          String field = column.substring(FIELD_LABEL.length());
          json(value, at, violations).ifPresent(node -> fieldLabels.set(field, node));
        } else if (column.equals("unverified")) {
          item.set("unverified", list(value));
        } else if (column.equals("watchlisted")) {
          item.set("watchlisted", bool(value));
        } else {
          JsonNode node = value(known, column, value, at, violations);
          if (node != null) {
            item.set(column, node);
          }
        }
      }
      if (!fieldLabels.isEmpty()) {
        item.set("fieldLabels", fieldLabels);
      }
      if (!item.has("label") && label != null) {
        item.set("label", label);
        shared.add(items.size());
      }
      items.add(item);
      rows.add(n);
    }
    return new Read(items, rows, shared, violations);
  }

  /**
   * Reads relationship rows (type, source, target, from, to, evidence, evaluation, label); {@code
   * label} fills rows without one.
   *
   * @throws Rejected when the bytes are not UTF-8 CSV with a header, naming the line
   */
  static Read relationships(byte[] body, @Nullable JsonNode label) {
    Table table = table(body);
    List<Violation> violations = new ArrayList<>(table.violations());
    List<JsonNode> items = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    Set<Integer> shared = new HashSet<>();
    for (int n = 0; n < table.records().size(); n++) {
      List<String> record = table.records().get(n);
      if (blank(record) || !wide(table, record, n, violations)) {
        continue;
      }
      ObjectNode item = NODES.objectNode();
      for (int c = 0; c < table.header().size(); c++) {
        String column = table.header().get(c);
        String value = record.get(c).strip();
        if (value.isEmpty()) {
          continue;
        }
        if (column.equals("label")) {
          json(value, Violation.pointer("/rows/" + n, column), violations)
              .ifPresent(node -> item.set("label", node));
        } else {
          item.put(column, value);
        }
      }
      if (!item.has("label") && label != null) {
        item.set("label", label);
        shared.add(items.size());
      }
      items.add(item);
      rows.add(n);
    }
    return new Read(items, rows, shared, violations);
  }

  private static boolean blank(List<String> record) {
    return record.stream().allMatch(String::isBlank);
  }

  private static boolean wide(Table table, List<String> record, int n, List<Violation> out) {
    if (record.size() == table.header().size()) {
      return true;
    }
    out.add(
        Violation.of("/rows/" + n, "import.csv.row.width", record.size(), table.header().size()));
    return false;
  }

  private static String cell(Table table, List<String> record, String column) {
    int c = table.header().indexOf(column);
    return c < 0 ? "" : record.get(c).strip();
  }

  /** A cell as the JSON the field's kind takes; what does not fit is left for the reader. */
  private static @Nullable JsonNode value(
      @Nullable EntityType type,
      String column,
      String value,
      String at,
      List<Violation> violations) {
    FieldKind kind =
        type == null
            ? FieldKind.TEXT
            : type.field(column).map(EntityType.FieldSpec::kind).orElse(FieldKind.TEXT);
    return switch (kind) {
      case TEXTS, COUNTRIES, REPORTS -> list(value);
      case DOCUMENTS -> documents(value, at, violations);
      case INTEGER -> {
        try {
          yield NODES.numberNode(Long.parseLong(value));
        } catch (NumberFormatException e) {
          yield NODES.stringNode(value);
        }
      }
      case COORDINATES -> coordinates(value);
      case TEXT, DATE, COUNTRY, CODE, VIN, PHONE, CONTAINER, SUBDIVISION -> NODES.stringNode(value);
    };
  }

  private static ArrayNode list(String value) {
    ArrayNode out = NODES.arrayNode();
    for (String item : value.split("\\|", -1)) {
      out.add(item.strip());
    }
    return out;
  }

  private static JsonNode bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> NODES.booleanNode(true);
      case "false" -> NODES.booleanNode(false);
      default -> NODES.stringNode(value);
    };
  }

  private static @Nullable JsonNode documents(String value, String at, List<Violation> out) {
    ArrayNode documents = NODES.arrayNode();
    for (String item : value.split("\\|", -1)) {
      String[] parts = item.strip().split(":", -1);
      if (parts.length < 2 || parts.length > 3) {
        out.add(Violation.of(at, "import.csv.document", item.strip()));
        return null;
      }
      ObjectNode document = documents.addObject();
      document.put("kind", parts[0].strip());
      document.put("number", parts[1].strip());
      if (parts.length == 3) {
        document.put("country", parts[2].strip());
      }
    }
    return documents;
  }

  private static JsonNode coordinates(String value) {
    String[] parts = value.split(";", -1);
    if (parts.length == 2) {
      try {
        ObjectNode point = NODES.objectNode();
        point.put("lat", Double.parseDouble(parts[0].strip()));
        point.put("lon", Double.parseDouble(parts[1].strip()));
        return point;
      } catch (NumberFormatException e) {
        // Left as text, which the reader refuses as entity.coordinates.invalid.
      }
    }
    return NODES.stringNode(value);
  }

  private static java.util.Optional<JsonNode> json(
      String value, String at, List<Violation> violations) {
    try {
      return java.util.Optional.of(JSON.readTree(value));
    } catch (JacksonException e) {
      violations.add(Violation.of(at, "import.csv.json"));
      return java.util.Optional.empty();
    }
  }

  /** A header and data records, and the problems of the header. */
  private record Table(
      List<String> header, List<List<String>> records, List<Violation> violations) {}

  private static Table table(byte[] body) {
    Csv csv;
    try {
      csv = Csv.parse(utf8(body));
    } catch (MalformedCsv e) {
      if (e.reason().equals("no-header")) {
        throw new Rejected(Violation.of("/header", "import.csv.header"));
      }
      String pointer = e.record() == 0 ? "/header" : "/rows/" + (e.record() - 1);
      throw new Rejected(Violation.of(pointer, "import.csv.malformed", e.line(), e.reason()));
    }
    if (blank(csv.header())) {
      throw new Rejected(Violation.of("/header", "import.csv.header"));
    }
    List<String> header = csv.header();
    List<Violation> violations = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.isEmpty()) {
        violations.add(Violation.of("/header/" + c, "import.csv.column.blank", c + 1));
      } else if (!seen.add(name)) {
        violations.add(
            Violation.of(Violation.pointer("/header", name), "import.csv.column.duplicate", name));
      }
    }
    return new Table(header, csv.records(), violations);
  }

  private static String utf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      // Decode again up to the first bad byte, to name its line.
      int line = 1;
      CharBuffer out = CharBuffer.allocate(body.length + 1);
      java.nio.charset.CoderResult _ = decoder.reset().decode(ByteBuffer.wrap(body), out, true);
      out.flip();
      for (int i = 0; i < out.length(); i++) {
        if (out.charAt(i) == '\n') {
          line++;
        }
      }
      throw new Rejected(Violation.of("", "import.encoding", line));
    }
  }

  private static int index(String segment) {
    if (segment.isEmpty()
        || segment.length() > 9
        || !segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Integer.parseInt(segment);
  }
}

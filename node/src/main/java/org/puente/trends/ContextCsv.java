package org.puente.trends;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Violation;

/**
 * An RFC 4180 reader for context files: quoted fields, doubled quotes, CRLF or LF, and a header
 * line whose names locate every value. Problems are collected as violations naming line and column.
 */
final class ContextCsv {

  /** At most this many problems are reported for one file. */
  static final int MAX_PROBLEMS = 50;

  private final String text;
  private final List<Violation> problems = new ArrayList<>();
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private int pos;
  private int line;
  private int recordLine;

  ContextCsv(String text) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Reads the header line and checks that every required column is in it. */
  boolean header(List<String> required) {
    List<String> head = next();
    if (head == null) {
      problem(Violation.of("", "context.file.empty"));
      return false;
    }
    for (int i = 0; i < head.size(); i++) {
      names.add(head.get(i).strip());
      columns.putIfAbsent(head.get(i).strip(), i);
    }
    for (String name : required) {
      if (!columns.containsKey(name)) {
        problem(Violation.of(pointer(name), "context.column.missing", name));
      }
    }
    return problems.isEmpty();
  }

  /**
   * The next record as a view by column name, or {@code null} at the end; a record with the wrong
   * number of fields is reported and skipped.
   */
  @Nullable Row row() {
    while (true) {
      List<String> fields = next();
      if (fields == null) {
        return null;
      }
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      if (fields.size() != names.size()) {
        problem(
            Violation.of(
                "/lines/" + recordLine, "context.line.columns", fields.size(), names.size()));
        continue;
      }
      return new Row(recordLine, fields);
    }
  }

  /** One record of the file. */
  final class Row {
    final int line;
    private final List<String> fields;

    Row(int line, List<String> fields) {
      this.line = line;
      this.fields = fields;
    }

    String get(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalStateException("column not checked in the header: " + column);
      }
      return fields.get(i).strip();
    }

    /** Reports a problem with the value of a column of this record. */
    void problem(String column, String code, Object... args) {
      ContextCsv.this.problem(Violation.of(ContextCsv.pointer(line, column), code, args));
    }
  }

  static String pointer(int line, String column) {
    return Violation.pointer("/lines/" + line, column);
  }

  private static String pointer(String column) {
    return pointer(1, column);
  }

  void problem(Violation v) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(v);
    }
  }

  List<Violation> problems() {
    return problems;
  }

  boolean full() {
    return problems.size() >= MAX_PROBLEMS;
  }

  /** The fields of the next record, or {@code null} when the text is exhausted. */
  private @Nullable List<String> next() {
    if (pos >= text.length()) {
      return null;
    }
    line++;
    int startLine = line;
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (quoted) {
        if (c == '"') {
          if (pos < text.length() && text.charAt(pos) == '"') {
            field.append('"');
            pos++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString());
        return fields;
      } else if (c == '\r') {
        if (pos < text.length() && text.charAt(pos) == '\n') {
          continue;
        }
        fields.add(field.toString());
        return fields;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      problem(Violation.of("/lines/" + startLine, "context.line.quote"));
    }
    fields.add(field.toString());
    return fields;
  }
}

package org.puente.forensics.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed CSV table: a header and its records. Parsing follows RFC 4180 (quoted fields, doubled
 * quotes, CRLF or LF line ends) and is strict, because a lenient reader would silently shift
 * columns in a laboratory batch.
 */
public final class Csv {

  /** Upper bound on one field, so that a broken quote cannot swallow a whole upload. */
  static final int MAX_FIELD_LENGTH = 65_536;

  private final List<String> header;
  private final Map<String, Integer> columns;
  private final List<List<String>> records;

  private Csv(List<String> header, List<List<String>> records) {
    this.header = List.copyOf(header);
    this.records = List.copyOf(records);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    this.columns = Map.copyOf(index);
  }

  /**
   * Parses CSV text whose first record is the header.
   *
   * @throws MalformedCsv if the text is not RFC 4180 CSV or has no header
   */
  public static Csv parse(String text) {
    List<List<String>> all = records(text);
    if (all.isEmpty()) {
      throw new MalformedCsv(0, 1, "no-header");
    }
    List<String> header = new ArrayList<>();
    for (String name : all.getFirst()) {
      header.add(name.strip());
    }
    return new Csv(header, all.subList(1, all.size()));
  }

  /** Reads a UTF-8 CSV resource from the class path; a missing resource is a packaging bug. */
  public static Csv resource(String path) {
    try (InputStream in = Csv.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + path);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> header() {
    return header;
  }

  /** Data records, header excluded; records may be shorter or longer than the header. */
  public List<List<String>> records() {
    return records;
  }

  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /** The value of {@code column} in {@code record}, empty when the column or cell is absent. */
  public String get(List<String> record, String column) {
    Integer index = columns.get(column);
    if (index == null || index >= record.size()) {
      return "";
    }
    return record.get(index);
  }

  /** Like {@link #get} but with blank cells as empty. */
  public Optional<String> optional(List<String> record, String column) {
    String value = get(record, column).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static List<List<String>> records(String text) {
    Objects.requireNonNull(text, "text");
    List<List<String>> out = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    int line = 1;
    int start = 1;
    boolean atFieldStart = true;
    boolean any = false;
    while (i < n) {
      char c = text.charAt(i);
      if (atFieldStart && c == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            if (q == '\n') {
              line++;
            }
            field.append(q);
            i++;
          }
          if (field.length() > MAX_FIELD_LENGTH) {
            throw new MalformedCsv(out.size(), line, "field-too-long");
          }
        }
        if (!closed) {
          throw new MalformedCsv(out.size(), start, "unterminated-quote");
        }
        if (i < n) {
          char after = text.charAt(i);
          if (after != ',' && after != '\n' && after != '\r') {
            throw new MalformedCsv(out.size(), line, "text-after-quote");
          }
        }
        atFieldStart = false;
        any = true;
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
        any = true;
        i++;
      } else if (c == '\n' || c == '\r') {
        if (any || !record.isEmpty() || !field.isEmpty()) {
          record.add(field.toString());
          out.add(List.copyOf(record));
        }
        record.clear();
        field.setLength(0);
        atFieldStart = true;
        any = false;
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
        start = line;
      } else if (c == '"') {
        throw new MalformedCsv(out.size(), line, "quote-inside-field");
      } else {
        field.append(c);
        if (field.length() > MAX_FIELD_LENGTH) {
          throw new MalformedCsv(out.size(), line, "field-too-long");
        }
        atFieldStart = false;
        any = true;
        i++;
      }
    }
    if (any || !record.isEmpty() || !field.isEmpty()) {
      record.add(field.toString());
      out.add(List.copyOf(record));
    }
    return out;
  }
}

package org.puente.protocol.verifier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --name value} (or {@code --name=value}) options of one command; every option takes a
 * value and may be given once.
 */
final class Options {

  private final Map<String, String> values = new HashMap<>();
  private final boolean help;

  private Options(boolean help) {
    this.help = help;
  }

  static Options parse(List<String> args, Set<String> known) throws UsageError {
    if (args.contains("--help") || args.contains("-h")) {
      return new Options(true);
    }
    var options = new Options(false);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageError("unexpected argument '" + arg + "'");
      }
      String name;
      String value;
      int equals = arg.indexOf('=');
      if (equals >= 0) {
        name = arg.substring(2, equals);
        value = arg.substring(equals + 1);
      } else {
        name = arg.substring(2);
        if (i + 1 >= args.size()) {
          throw new UsageError("--" + name + " needs a value");
        }
        value = args.get(++i);
      }
      if (!known.contains(name)) {
        throw new UsageError("unknown option --" + name);
      }
      if (options.values.put(name, value) != null) {
        throw new UsageError("--" + name + " is given twice");
      }
    }
    return options;
  }

  boolean help() {
    return help;
  }

  String required(String name) throws UsageError {
    String value = values.get(name);
    if (value == null) {
      throw new UsageError("--" + name + " is required");
    }
    return value;
  }

  @Nullable String optional(String name) {
    return values.get(name);
  }
}

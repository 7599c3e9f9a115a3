package org.puente.forensics.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normal forms of substance names for matching across English, Spanish and French: accents, case,
 * Greek letters, spaces and punctuation do not matter ("α-Metilfentanilo" and "alpha
 * methylfentanilo" share a key).
 */
final class NameKey {

  private NameKey() {}

  /** The matching key: lower-case ASCII letters and digits only. */
  static String of(String name) {
    String text = words(name);
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** A readable identifier: words joined by single hyphens. */
  static String slug(String name) {
    String text = words(name);
    StringBuilder slug = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && !slug.isEmpty()) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return slug.toString();
  }

  private static String words(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder greek = new StringBuilder(lower.length() + 8);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'α' -> greek.append("alpha");
        case 'β' -> greek.append("beta");
        case 'γ' -> greek.append("gamma");
        case 'δ' -> greek.append("delta");
        case 'ω' -> greek.append("omega");
        case 'ß' -> greek.append("ss");
        default -> greek.append(c);
      }
    }
    return Normalizer.normalize(greek, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
  }
}

package io.retention.recommender;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text to terms: Unicode compatibility decomposition with accents removed, lower case, split on
 * anything that is not a letter or digit, English stop words and one-letter tokens dropped.
 */
final class Tokens {
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "about", "after", "all", "an", "and", "any", "are", "as", "at", "be", "been",
          "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
          "has", "have", "he", "her", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
          "it", "its", "just", "me", "more", "most", "my", "no", "not", "of", "on", "one", "only",
          "or", "other", "our", "out", "over", "own", "she", "so", "some", "such", "than", "that",
          "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
          "to", "too", "two", "up", "very", "was", "we", "were", "what", "when", "where", "which",
          "while", "who", "whom", "why", "will", "with", "would", "you", "your");

  private Tokens() {}

  /** Accent-free lower case in compatibility form: "Café" and "CAFE" both become "cafe". */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
  }

  /** The words of free text, without stop words. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String token : normalize(text).split("[^\\p{L}\\p{Nd}]+")) {
      if (token.length() > 1 && !STOP_WORDS.contains(token)) {
        out.add(token);
      }
    }
    return out;
  }

  /** A whole name ("Tom Hanks", "Dramas") as one term, so names are not split into words. */
  static String phrase(String field, String value) {
    return field + ":" + String.join(" ", normalize(value).split("\\s+"));
  }
}

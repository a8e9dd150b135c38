package dev.weft.ui.controls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Material icon names the browser client can draw (Flet's names): every ligature of the
 * bundled fonts ({@code home}), and each with Flet's style suffix ({@code home_outlined},
 * {@code home_rounded}, {@code home_sharp}), Flet's spelling of digit-led ones included
 * ({@code ten_k}, {@code threed_rotation}). The list is the client's own {@code web/js/icon_names.js},
 * read once from the class path, so server and browser never disagree.
 */
public final class IconNames {

  private static final System.Logger LOG = System.getLogger(IconNames.class.getName());
  private static final String RESOURCE = "web/js/icon_names.js";
  private static final String[] SUFFIXES = {"_outlined", "_rounded", "_sharp"};
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private IconNames() {
  }

  /** Loaded on first use: most apps never ask. */
  private static final class Holder {
    static final String SOURCE = source();
    static final Set<String> LIGATURES = Set.of(list(SOURCE, "export default '").split(" "));
    static final Map<String, String> ALIASES = aliases(list(SOURCE, "export const ALIASES = '"));
  }

  /** The ligatures (base names, without a style suffix), about 2,100 of them. */
  public static Set<String> ligatures() {
    return Holder.LIGATURES;
  }

  /** Whether the client draws an icon of this name, in any of the four styles. */
  public static boolean exists(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    if (ligature(name) != null) {
      return true;
    }
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && ligature(name.substring(0, name.length() - suffix.length())) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The font's ligature for a name without style suffix: itself, or for Flet's spelling of a
   * name an identifier cannot hold the ligature ({@code ten_k} is {@code 10k},
   * {@code threed_rotation} is {@code 3d_rotation}, {@code class_} is {@code class}); else null.
   */
  public static String ligature(String base) {
    if (Holder.LIGATURES.contains(base)) {
      return base;
    }
    return Holder.ALIASES.get(base);
  }

  /** Logs an unknown name once per process (the browser draws nothing for it), so a typo is found. */
  static void warnIfUnknown(String name) {
    if (name != null && !name.isEmpty() && !exists(name) && WARNED.add(name)) {
      LOG.log(System.Logger.Level.WARNING, "no Material icon named \"" + name
          + "\"; it renders nothing (names: docs/controls.md, Icons)");
    }
  }

  private static String source() {
    try (InputStream in = IconNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The quoted string after {@code opening} in the file. */
  private static String list(String text, String opening) {
    int start = text.indexOf(opening);
    int end = start < 0 ? -1 : text.indexOf('\'', start + opening.length());
    if (end < 0) {
      throw new IllegalStateException(RESOURCE + " has no " + opening + "...' list");
    }
    return text.substring(start + opening.length(), end).trim();
  }

  private static Map<String, String> aliases(String pairs) {
    Map<String, String> aliases = new HashMap<>();
    for (String pair : pairs.split(" ")) {
      int eq = pair.indexOf('=');
      aliases.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return Map.copyOf(aliases);
  }
}

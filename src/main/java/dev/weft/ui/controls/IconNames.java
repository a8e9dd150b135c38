package dev.weft.ui.controls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Material icon names the browser client can draw (Flet's names): every ligature of the
 * bundled fonts ({@code home}), and each with Flet's style suffix ({@code home_outlined},
 * {@code home_rounded}, {@code home_sharp}). The list is the client's own {@code web/js/icon_names.js},
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
    static final Set<String> LIGATURES = read();
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
    if (Holder.LIGATURES.contains(name)) {
      return true;
    }
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix)
          && Holder.LIGATURES.contains(name.substring(0, name.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Logs an unknown name once per process (the browser draws nothing for it), so a typo is found. */
  static void warnIfUnknown(String name) {
    if (name != null && !name.isEmpty() && !exists(name) && WARNED.add(name)) {
      LOG.log(System.Logger.Level.WARNING, "no Material icon named \"" + name
          + "\"; it renders nothing (names: docs/controls.md, Icons)");
    }
  }

  private static Set<String> read() {
    try (InputStream in = IconNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int start = text.indexOf("export default '");
      int end = text.lastIndexOf('\'');
      if (start < 0 || end <= start) {
        throw new IllegalStateException(RESOURCE + " has no export default '...' list");
      }
      String list = text.substring(start + "export default '".length(), end).trim();
      return Set.of(list.split(" "));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}

package dev.weft.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher's command line, split in two: the options Weft reads itself ({@code -conf},
 * {@code --port}, {@code --host}, {@code --help}) and the rest, passed on to Vert.x's launcher
 * ({@code -instances}, {@code -options}, …). {@code -cluster} is both: it sets
 * {@code cluster.enabled}, and the launcher passes it on when clustering is enabled. Each Weft
 * option may be written
 * {@code -name value}, {@code --name value}, {@code -name=value} or {@code --name=value}.
 *
 * @param conf the {@code -conf} value, or null
 * @param flags configuration overrides by key path
 * @param help whether usage was asked for
 * @param rest the arguments for Vert.x
 */
record LaunchArgs(String conf, Map<String, String> flags, boolean help, String[] rest) {

  private static final Map<String, String> OPTIONS = Map.of(
      "conf", "", "port", "http.port", "host", "http.host");

  private static final List<String> CLUSTER = List.of("cluster", "c");

  static LaunchArgs parse(String[] args) throws ConfigException {
    String conf = null;
    Map<String, String> flags = new LinkedHashMap<>();
    boolean help = false;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String bare = arg.startsWith("--") ? arg.substring(2) : arg.startsWith("-") ? arg.substring(1) : null;
      if (bare == null) {
        rest.add(arg);
        continue;
      }
      if (bare.equals("h") || bare.equals("help")) {
        help = true;
        continue;
      }
      if (CLUSTER.contains(bare)) {
        // Vert.x's own switch, read here so that it and cluster.enabled are one setting; the
        // launcher hands it back to Vert.x when the resolved configuration enables clustering
        flags.put("cluster.enabled", "true");
        continue;
      }
      int eq = bare.indexOf('=');
      String name = eq < 0 ? bare : bare.substring(0, eq);
      if (!OPTIONS.containsKey(name)) {
        rest.add(arg);
        continue;
      }
      String value;
      if (eq >= 0) {
        value = bare.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new ConfigException(arg, "needs a value");
      }
      if (name.equals("conf")) {
        conf = value;
      } else {
        flags.put(OPTIONS.get(name), value);
      }
    }
    return new LaunchArgs(conf, flags, help, rest.toArray(String[]::new));
  }

  static String usage() {
    return String.join("\n",
        "Usage: java -jar app-fat.jar [-conf <file or JSON>] [--port <n>] [--host <address>]",
        "                             [-cluster] [-instances <n>] [Vert.x launcher options]",
        "",
        "  -conf <file or JSON>  Weft's configuration: a JSON file, or inline JSON starting with {",
        "  --port <n>            the HTTP port (default 8000; WEFT_PORT)",
        "  --host <address>      the address to bind (default 0.0.0.0; WEFT_HOST)",
        "  -cluster              join a cluster of Weft instances (cluster.enabled; WEFT_CLUSTER_ENABLED)",
        "  -instances <n>        main verticle instances sharing the port",
        "",
        "Every configuration key also has an environment variable: WEFT_ + its path in",
        "UPPER_SNAKE (http.port -> WEFT_HTTP_PORT). Precedence: defaults < -conf < environment",
        "< --port/--host. See the README's configuration table.",
        "");
  }
}

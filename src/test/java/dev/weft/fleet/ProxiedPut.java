package dev.weft.fleet;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One upload's {@code PUT} through nginx as its access log tells it (one line per finished
 * request: {@code PUT /files/upload?f=<file>&s=<session>&… 200 127.0.0.1:<port>}): the file, the
 * session its URL was signed for, nginx's answer, and the instance that accepted the body. The
 * session's home is not in it: the URL names the session, and which instance holds that session is
 * read from the instances' {@code /metrics} ({@link Fleet#newHome}).
 */
record ProxiedPut(String file, String session, int status, Instance acceptedBy) {

  /** nginx writes a request's line once the answer is sent: the browser may hear of it first. */
  private static final Duration LOGGED = Duration.ofSeconds(10);

  /**
   * The PUT of each of {@code files} to {@code <app>upload}, by file name, waiting (bounded) for
   * their lines; fails naming the files whose PUT nginx never logged. A file put twice is the last
   * PUT's.
   */
  static Map<String, ProxiedPut> await(Fleet fleet, String app, Collection<String> files)
      throws InterruptedException {
    long deadline = System.nanoTime() + LOGGED.toNanos();
    Map<String, ProxiedPut> found = find(fleet, app, files);
    while (found.size() < files.size()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("nginx logged no PUT of " + files.stream().filter(f -> !found.containsKey(f)).toList()
            + " within " + LOGGED + "; its PUTs: "
            + fleet.nginx.accessLog().stream().filter(l -> l.startsWith("PUT ")).toList());
      }
      Thread.sleep(50);
      found.putAll(find(fleet, app, files));
    }
    return found;
  }

  private static Map<String, ProxiedPut> find(Fleet fleet, String app, Collection<String> files) {
    Map<String, ProxiedPut> found = new LinkedHashMap<>();
    String prefix = "PUT " + app + "upload?";
    // the log also holds earlier runs' lines (nginx appends to it), whose servers are gone: only
    // the lines of these files are read through
    for (String line : fleet.nginx.accessLog()) {
      if (!line.startsWith(prefix)) {
        continue;
      }
      String[] fields = line.split(" "); // <method> <uri> <status> <upstream>[, <upstream>…]
      if (fields.length < 4) {
        throw new AssertionError("not a line of Nginx's weft_upstream log format: " + line);
      }
      Map<String, String> query = query(fields[1]);
      String file = query.get("f");
      if (files.contains(file)) {
        found.put(file, new ProxiedPut(file, query.get("s"), Integer.parseInt(fields[2]),
            servedBy(fleet.instances, fields[fields.length - 1], line)));
      }
    }
    return found;
  }

  private static Map<String, String> query(String uri) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  /** The instance at {@code upstream}, the server nginx tried last (the one that answered). */
  private static Instance servedBy(List<Instance> instances, String upstream, String line) {
    String port = upstream.substring(upstream.lastIndexOf(':') + 1); // "-" when no server was reached
    return instances.stream().filter(in -> String.valueOf(in.httpPort).equals(port)).findFirst()
        .orElseThrow(() -> new AssertionError("no instance of the fleet at " + upstream + ": " + line));
  }
}

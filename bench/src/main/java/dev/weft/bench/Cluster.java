package dev.weft.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clustered Weft JVMs for the scenarios that need them (hop: two members; clustered: one): the fat
 * jar with {@code WEFT_CLUSTER_ENABLED=true}, Hazelcast on a free port of 127.0.0.1 joining over
 * TCP-IP (Weft never uses multicast), every member listing all of them, in a cluster named for
 * this driver and run so that no other test's members can join. Also each instance's /metrics,
 * which the scenarios read to check that they measure what they claim to.
 */
final class Cluster {

  /** Clustered starts wait for Hazelcast's join (5 s at least; 10-18 s on the busy test machine). */
  static final double START_SECONDS = 120;

  private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-z_]+)(\\{[^}]*})? ([-+0-9.eE]+|NaN)$");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Cluster() {
  }

  /**
   * Starts one clustered Weft JVM per name (with the server flags plus {@code flags}), all at once
   * so that their joins overlap, and returns them once each listens and counts all of them as
   * members. On a failure the ones started are stopped.
   */
  static List<Server> start(Bench bench, String scenario, int run, List<String> names, List<String> flags) {
    List<Integer> ports = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ports.add(Server.freePort());
      addresses.add("127.0.0.1:" + ports.get(i));
    }
    String members = String.join(",", addresses);
    String clusterName = "weft-bench-" + scenario + "-" + ProcessHandle.current().pid() + "-" + run;
    List<Server> servers = new ArrayList<>();
    try {
      for (int i = 0; i < names.size(); i++) {
        servers.add(bench.startWeftProcess(names.get(i), bench.jdk17, flags, bench.conf.toString(),
            Map.of("WEFT_CLUSTER_ENABLED", "true", "WEFT_CLUSTER_NAME", clusterName,
                "WEFT_CLUSTER_PORT", String.valueOf(ports.get(i)), "WEFT_CLUSTER_MEMBERS", members)));
      }
      for (Server s : servers) {
        s.awaitListening(START_SECONDS);
      }
      awaitMembers(servers, scenario);
      Bench.log(scenario + ": " + names + " form a cluster of " + names.size() + ", "
          + Stats.round((System.nanoTime() - servers.get(0).startedAt) / 1e9, 1) + " s after their start");
      return servers;
    } catch (RuntimeException e) {
      servers.forEach(Server::stop);
      throw e;
    }
  }

  /**
   * Waits until every server's /metrics counts all of them as members and its log names the
   * cluster (Weft's member log): {@code weft_cluster_members} alone says 1 for an unclustered
   * instance too, and a one-member "cluster" that is not one must not pass.
   */
  private static void awaitMembers(List<Server> servers, String scenario) {
    long deadline = System.nanoTime() + (long) (START_SECONDS * 1e9);
    while (System.nanoTime() < deadline) {
      boolean all = true;
      for (Server s : servers) {
        all &= metrics(s).getOrDefault("weft_cluster_members", 0.0) == servers.size() && logsMembership(s);
      }
      if (all) {
        return;
      }
      Server.sleep(100);
    }
    StringBuilder tails = new StringBuilder();
    servers.forEach(s -> tails.append("\n--- ").append(s.name).append('\n').append(s.tail()));
    throw new IllegalStateException(scenario + ": the servers did not form a cluster of " + servers.size()
        + " within " + START_SECONDS + " s:" + tails);
  }

  /** Whether the server's log has Weft's line about the cluster's members (MemberLog). */
  static boolean logsMembership(Server s) {
    try {
      return java.nio.file.Files.readString(s.log).contains("Weft cluster: ");
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read " + s.log, e);
    }
  }

  /** An instance's /metrics: every sample's value by meter name, label sets added up. */
  static Map<String, Double> metrics(Server server) {
    HttpResponse<String> r;
    try {
      r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + "/metrics"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("GET /metrics on " + server.name + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET /metrics on " + server.name + ": " + r.statusCode());
    }
    Map<String, Double> values = new HashMap<>();
    Matcher m = SAMPLE.matcher(r.body());
    while (m.find()) {
      values.merge(m.group(1), Double.parseDouble(m.group(3)), Double::sum);
    }
    return values;
  }
}

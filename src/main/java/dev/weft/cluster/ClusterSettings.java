package dev.weft.cluster;

import java.util.List;

/**
 * What the {@code cluster.*} configuration keys say, checked by the launcher's configuration
 * check before anything starts. Free of Hazelcast and Vert.x types, so reading the configuration
 * never loads them.
 *
 * @param enabled whether this JVM joins a cluster at all
 * @param name the cluster's name: members join only a cluster of the same name
 * @param host the address Hazelcast binds and tells the other members
 * @param port Hazelcast's port (no auto-increment: a taken port is an error, not a surprise)
 * @param members {@code host:port} of other members to join over TCP-IP
 * @param kubernetesService a headless Service's DNS name whose addresses are the members, or empty
 * @param eventBusHost the address the clustered event bus binds and advertises
 * @param eventBusPort the event bus's port; 0 picks a free one
 * @param joinTimeoutSeconds the longest a start may spend joining before it fails
 */
public record ClusterSettings(boolean enabled, String name, String host, int port,
                              List<String> members, String kubernetesService, String eventBusHost,
                              int eventBusPort, int joinTimeoutSeconds) {

  public ClusterSettings {
    members = List.copyOf(members);
  }

  /** Whether members are found through Kubernetes DNS instead of the member list. */
  public boolean usesKubernetes() {
    return !kubernetesService.isEmpty();
  }

  /** Why {@code host} cannot be cluster.host, or null: the others must be able to reach it. */
  public static String hostProblem(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equals("0.0.0.0") || bare.equals("::") || bare.equals("0:0:0:0:0:0:0:0")) {
      return "\"" + host + "\" is every address: name the one the other members reach this one at";
    }
    if (bare.contains(":") && !host.startsWith("[") && bare.chars().filter(c -> c == ':').count() == 1) {
      return "\"" + host + "\" must be an address without a port: the port is cluster.port";
    }
    return null;
  }

  /**
   * Why a member string is not {@code host:port} with a port from 1 to 65535, or null when it is.
   * IPv6 addresses go in brackets: {@code [fd00::1]:5701}.
   */
  public static String memberProblem(String member) {
    int colon = member.lastIndexOf(':');
    if (colon <= 0 || colon == member.length() - 1) {
      return "\"" + member + "\" must be host:port, like 10.0.0.2:5701";
    }
    String host = member.substring(0, colon);
    if (host.contains(":") && !(host.startsWith("[") && host.endsWith("]"))) {
      return "\"" + member + "\": write an IPv6 address in brackets, like [fd00::2]:5701";
    }
    int port;
    try {
      port = Integer.parseInt(member.substring(colon + 1));
    } catch (NumberFormatException e) {
      return "\"" + member + "\": the port must be a number from 1 to 65535";
    }
    if (port < 1 || port > 65_535) {
      return "\"" + member + "\": the port must be a number from 1 to 65535";
    }
    return null;
  }
}

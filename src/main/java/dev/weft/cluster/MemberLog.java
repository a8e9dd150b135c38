package dev.weft.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One log line each time the cluster's membership changes, this member's own start included: {@code Weft cluster: 2 members:
 * 127.0.0.1:5701 (this one), 127.0.0.1:5702}. Operators see at a glance whether an instance found
 * the others; the launcher tests wait for it.
 */
final class MemberLog implements MembershipListener {

  private static final System.Logger LOG = System.getLogger(MemberLog.class.getName());

  @Override
  public void memberAdded(MembershipEvent event) {
    // this member's own arrival comes first, when it has started a cluster or been let in
    log(event.getMembers(), event.getMember().localMember() ? null : "joined: " + address(event.getMember()));
  }

  @Override
  public void memberRemoved(MembershipEvent event) {
    log(event.getMembers(), "left: " + address(event.getMember()));
  }

  private static void log(Set<Member> members, String change) {
    LOG.log(System.Logger.Level.INFO, line(members, change));
  }

  static String line(Set<Member> members, String change) {
    String list = members.stream()
        .map(m -> address(m) + (m.localMember() ? " (this one)" : ""))
        .collect(Collectors.joining(", "));
    return "Weft cluster: " + members.size() + (members.size() == 1 ? " member: " : " members: ")
        + list + (change == null ? "" : " — " + change);
  }

  private static String address(Member member) {
    return member.getAddress().getHost() + ":" + member.getAddress().getPort();
  }
}

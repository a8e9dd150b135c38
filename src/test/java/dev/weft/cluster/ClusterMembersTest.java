package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fixture itself: two in-process members really exchange a message over the cluster. */
class ClusterMembersTest {

  @Test
  void aMessageSentOnOneMemberReachesAConsumerOnTheOther() throws Exception {
    try (ClusterMembers cluster = ClusterMembers.start(2)) {
      cluster.get(1).eventBus().<String>consumer("fixture.echo", m -> m.reply("echo " + m.body()))
          .completion().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      String reply = cluster.get(0).eventBus().<String>request("fixture.echo", "hi")
          .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS).body();
      assertThat(reply).isEqualTo("echo hi");
      assertThat(cluster.get(0).isClustered()).isTrue();
    }
  }
}

package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import org.junit.jupiter.api.Test;

class ClusterFailureTest {

  @Test
  void theOuterMessageComesWithTheRootCauseWhenItAddsSomething() {
    Throwable wrong = new IllegalStateException("Cannot bind to a given address: /10.9.9.9. Port [5701] is "
        + "already in use and auto-increment is disabled.",
        new BindException("Cannot assign requested address"));
    assertThat(ClusterFailure.reason(wrong)).isEqualTo("Cannot bind to a given address: /10.9.9.9. Port "
        + "[5701] is already in use and auto-increment is disabled. (Cannot assign requested address)");
    Throwable same = new IllegalStateException("Address already in use", new BindException("Address already in use"));
    assertThat(ClusterFailure.reason(same)).isEqualTo("Address already in use");
  }

  @Test
  void aFailureWithoutMessagesIsNamedByItsRootAndATimeoutSaysSo() {
    assertThat(ClusterFailure.reason(new RuntimeException(new BindException())))
        .isEqualTo("java.net.BindException");
    assertThat(ClusterFailure.reason(null)).contains("timed out");
  }
}

package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 7239's grammar: the first element only, quoted strings honoured, malformed means ignored. */
class ForwardedHeaderTest {

  @Test
  void readsTheParametersOfTheFirstElement() {
    assertThat(ForwardedHeader.firstElement("for=192.0.2.60;proto=https;by=203.0.113.43"))
        .containsExactly(Map.entry("for", "192.0.2.60"), Map.entry("proto", "https"),
            Map.entry("by", "203.0.113.43"));
  }

  @Test
  void onlyTheFirstElementCounts() {
    assertThat(ForwardedHeader.firstElement("for=192.0.2.43, for=198.51.100.17;proto=http"))
        .containsExactly(Map.entry("for", "192.0.2.43"));
  }

  @Test
  void quotedStringsAreUnquotedAndMayHoldDelimiters() {
    assertThat(ForwardedHeader.firstElement("for=\"[2001:db8:cafe::17]:4711\";host=\"a,b;c\""))
        .containsExactly(Map.entry("for", "[2001:db8:cafe::17]:4711"), Map.entry("host", "a,b;c"));
    assertThat(ForwardedHeader.firstElement("host=\"x\\\"y\"")).containsExactly(Map.entry("host", "x\"y"));
  }

  @Test
  void namesIgnoreCaseAndSpacesAroundPairsAreTolerated() {
    assertThat(ForwardedHeader.firstElement("  For=1.2.3.4 ; PROTO=https ;;"))
        .containsExactly(Map.entry("for", "1.2.3.4"), Map.entry("proto", "https"));
  }

  @Test
  void anUnquotedPortIsAcceptedAsProxiesSendIt() {
    assertThat(ForwardedHeader.firstElement("for=192.0.2.43:4711")).containsEntry("for", "192.0.2.43:4711");
  }

  @Test
  void malformedElementsAreIgnoredAsAWhole() {
    assertThat(ForwardedHeader.firstElement("for")).isNull();
    assertThat(ForwardedHeader.firstElement("=1.2.3.4")).isNull();
    assertThat(ForwardedHeader.firstElement("for=")).isNull();
    assertThat(ForwardedHeader.firstElement("for=\"1.2.3.4")).isNull();
    assertThat(ForwardedHeader.firstElement("for=1.2.3.4;for=5.6.7.8")).isNull();
    assertThat(ForwardedHeader.firstElement("for=\"1.2\u0000.3.4\"")).isNull();
    assertThat(ForwardedHeader.firstElement("for=\"a\"b")).isNull();
    assertThat(ForwardedHeader.firstElement("fo r=1.2.3.4")).isNull();
    assertThat(ForwardedHeader.firstElement(null)).isNull();
  }

  @Test
  void anEmptyFirstElementHasNoParameters() {
    assertThat(ForwardedHeader.firstElement("")).isEmpty();
    assertThat(ForwardedHeader.firstElement(", for=1.2.3.4")).isEmpty();
  }
}

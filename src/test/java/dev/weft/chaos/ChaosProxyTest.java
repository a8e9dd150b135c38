package dev.weft.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test proxy itself, against a loopback echo server: it forwards, cuts, refuses, freezes and thaws. */
class ChaosProxyTest {

  /** Reads here wait at most this long: every wait in these tests is bounded. */
  private static final int READ_TIMEOUT_MS = 5_000;

  /** A WebSocket upgrade request's head: after it, the proxy reads frames. */
  private static final String UPGRADE = "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n";

  private EchoServer echo;
  private ChaosProxy proxy;

  @BeforeEach
  void start() throws IOException {
    echo = new EchoServer();
    proxy = ChaosProxy.start(echo.port());
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
    echo.close();
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
    socket.setSoTimeout(READ_TIMEOUT_MS);
    return socket;
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  private static String read(Socket socket, int length) throws IOException {
    byte[] bytes = socket.getInputStream().readNBytes(length);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() - deadline).as("waiting for " + what).isNegative();
      Thread.sleep(10);
    }
  }

  /** True when the socket was reset or closed: a read ends without data. */
  private static boolean deadOnRead(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // "Connection reset"
    }
  }

  @Test
  void forwardsBytesBothWaysAndCountsConnections() throws Exception {
    try (Socket a = connect(); Socket b = connect()) {
      send(a, "hello");
      send(b, "world!");
      assertThat(read(a, 5)).isEqualTo("hello");
      assertThat(read(b, 6)).isEqualTo("world!");
    }
    assertThat(proxy.connections()).isEqualTo(2);
    assertThat(proxy.cuts()).isZero();
    await("both connections to close", () -> proxy.liveConnections() == 0);
  }

  @Test
  void cutAllResetsLiveConnectionsAndRefusesNewOnesWhileDown() throws Exception {
    Socket before = connect();
    send(before, "ping");
    assertThat(read(before, 4)).isEqualTo("ping");

    assertThat(proxy.cutAll(Duration.ofSeconds(2))).isEqualTo(1);

    assertThatThrownBy(() -> {
      // the RST may arrive before or after this write; either the write or the read fails
      send(before, "more");
      int read = before.getInputStream().read();
      if (read < 0) {
        throw new SocketException("closed without a reset");
      }
    }).isInstanceOf(SocketException.class);
    before.close();
    assertThat(proxy.cuts()).isEqualTo(1);

    try (Socket whileDown = connect()) {
      assertThat(deadOnRead(whileDown)).as("a connection while down is reset").isTrue();
    }
    assertThat(proxy.refused()).isEqualTo(1);
    assertThat(proxy.connections()).isEqualTo(1);
  }

  @Test
  void acceptsAgainAfterTheDownTime() throws Exception {
    proxy.cutAll(Duration.ofMillis(200));
    Thread.sleep(250);
    try (Socket after = connect()) {
      send(after, "back");
      assertThat(read(after, 4)).isEqualTo("back");
    }
  }

  @Test
  void aCutWithNoDownTimeAcceptsAtOnce() throws Exception {
    proxy.cutAll(Duration.ZERO);
    try (Socket after = connect()) {
      send(after, "now");
      assertThat(read(after, 3)).isEqualTo("now");
    }
  }

  @Test
  void freezeHoldsBytesWithoutClosingWhileNewConnectionsPass() throws Exception {
    try (Socket frozen = connect()) {
      send(frozen, "one");
      assertThat(read(frozen, 3)).isEqualTo("one");
      assertThat(proxy.freeze()).isEqualTo(1);

      long receivedBefore = echo.received();
      send(frozen, "two");
      frozen.setSoTimeout(300);
      assertThat(deadOnRead(frozen)).as("no echo while frozen, and not closed").isFalse();
      assertThat(echo.received()).as("the server got nothing of it").isEqualTo(receivedBefore);
      assertThat(proxy.frozenConnections()).isEqualTo(1);

      try (Socket fresh = connect()) {
        send(fresh, "fresh");
        assertThat(read(fresh, 5)).as("a new connection passes").isEqualTo("fresh");
      }

      proxy.thaw();
      frozen.setSoTimeout(READ_TIMEOUT_MS);
      assertThat(read(frozen, 3)).as("what was held goes on").isEqualTo("two");
    }
  }

  @Test
  void aFrozenConnectionIsCutLikeTheOthers() throws Exception {
    try (Socket frozen = connect()) {
      send(frozen, "x");
      assertThat(read(frozen, 1)).isEqualTo("x");
      proxy.freeze();
      assertThat(proxy.cutAll(Duration.ZERO)).isEqualTo(1);
      assertThat(deadOnRead(frozen)).isTrue();
    }
  }

  @Test
  void anArmedCutDropsTheMessageInsteadOfDeliveringIt() throws Exception {
    try (Socket socket = connect()) {
      send(socket, UPGRADE);
      assertThat(read(socket, UPGRADE.length())).isEqualTo(UPGRADE);
      proxy.cutOn(Direction.UPSTREAM, "event", false, Duration.ZERO);
      socket.getOutputStream().write(FrameScannerTest.text("{\"type\":\"ack\",\"ack\":3}", true));
      byte[] ack = FrameScannerTest.text("{\"type\":\"ack\",\"ack\":3}", true);
      assertThat(read(socket, ack.length)).as("another type passes").hasSize(ack.length);
      long receivedBefore = echo.received();
      socket.getOutputStream().write(FrameScannerTest.text("{\"type\":\"event\",\"seq\":5}", true));
      assertThat(deadOnRead(socket)).isTrue();
      assertThat(echo.received()).as("not a byte of the event reached the server").isEqualTo(receivedBefore);
    }
    assertThat(proxy.armed()).isFalse();
    assertThat(proxy.cuts()).isEqualTo(1);
    assertThat(proxy.transcript()).anyMatch(line -> line.contains("CUT #1 (instead of -> event seq=5"));
  }

  @Test
  void anArmedCutAfterDeliveryLetsTheMessageArriveAndLosesTheAnswer() throws Exception {
    try (Socket socket = connect()) {
      send(socket, UPGRADE);
      assertThat(read(socket, UPGRADE.length())).isEqualTo(UPGRADE);
      proxy.cutOn(Direction.UPSTREAM, "event", true, Duration.ZERO);
      long receivedBefore = echo.received();
      byte[] event = FrameScannerTest.text("{\"type\":\"event\",\"seq\":5}", true);
      socket.getOutputStream().write(event);
      assertThat(deadOnRead(socket)).as("the echo (the answer) never comes back").isTrue();
      assertThat(echo.received() - receivedBefore).as("the event reached the server").isEqualTo(event.length);
    }
  }

  @Test
  void afterCloseNothingIsAccepted() throws Exception {
    Socket open = connect();
    proxy.close();
    assertThat(deadOnRead(open)).isTrue();
    open.close();
    assertThatThrownBy(this::connect).isInstanceOf(IOException.class);
  }

  @Test
  void downTimesBeyondTheBoundAreRefused() {
    assertThatThrownBy(() -> proxy.cutAll(Duration.ofSeconds(11))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> proxy.cutOn(Direction.DOWNSTREAM, "patch", false, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.weft.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request over a plain socket, its request target sent byte for byte: HTTP client
 * libraries normalise {@code ..}, backslashes and percent-escapes away before sending, and the
 * traversal tests need the server to see exactly what an attacker would send.
 *
 * @param status the response's status code
 * @param head the status line and headers
 * @param body the body (as ISO-8859-1, so any bytes survive)
 */
record RawHttp(int status, String head, String body) {

  /** Sends {@code GET <target> HTTP/1.1} to localhost:port and reads the whole answer. */
  static RawHttp get(int port, String target) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String body = split < 0 ? "" : text.substring(split + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      return new RawHttp(status, head, body);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + target, e);
    }
  }

  /** A header's value (case-insensitive name), or null. */
  String header(String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }
}

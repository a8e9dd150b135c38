package dev.weft.assets;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends a {@link StaticFile} for a GET or HEAD: content type, {@code ETag}, {@code Last-Modified}
 * and {@code Cache-Control}, and a 304 without a body when the browser's copy is current.
 *
 * <p>Text is left to the HTTP server's gzip ({@code http.compression}). When the server
 * compresses, a file whose type is already compressed (PNG, WOFF2, video) is marked
 * {@code Content-Encoding: identity}, which tells Vert.x not to spend CPU squeezing it again; Vert.x
 * drops the marker before sending. It is set only where Vert.x will drop it — on a full GET answer
 * from a compressing server — since Netty lets 304s and HEAD answers pass untouched, and
 * {@code identity} is no value for a response's {@code Content-Encoding}.
 */
public final class FileResponse {

  private FileResponse() {
  }

  /**
   * Sends a file.
   *
   * @param compressing whether the HTTP server compresses responses (its
   *     {@code setCompressionSupported}); when it does, compressible types vary with
   *     {@code Accept-Encoding} and the others are marked not to be compressed
   */
  public static void send(RoutingContext ctx, StaticFile file, CachePolicy policy, boolean compressing) {
    HttpServerRequest request = ctx.request();
    HttpServerResponse response = ctx.response();
    boolean compressible = ContentTypes.compressible(file.contentType());
    response.putHeader(HttpHeaders.CONTENT_TYPE, file.contentType())
        .putHeader(HttpHeaders.ETAG, file.etag())
        .putHeader(HttpHeaders.LAST_MODIFIED, HttpDates.format(file.lastModified()))
        .putHeader(HttpHeaders.CACHE_CONTROL, policy.header());
    if (compressing && compressible) {
      response.putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }
    if (notModified(request, file)) {
      response.setStatusCode(304).end();
    } else if (request.method() == HttpMethod.HEAD) {
      response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(file.length())).end();
    } else {
      if (compressing && !compressible) {
        response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
      }
      if (file.inMemory()) {
        response.end(file.body());
      } else {
        response.sendFile(file.file().toString()).onFailure(ctx::fail);
      }
    }
  }

  /**
   * Whether the browser's cached copy is current (RFC 9110 section 13.2.2): {@code If-None-Match}
   * when it is sent (weak comparison, {@code *} matches anything), else {@code If-Modified-Since}.
   */
  static boolean notModified(HttpServerRequest request, StaticFile file) {
    String noneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (noneMatch != null) {
      String ours = opaque(file.etag());
      for (String tag : noneMatch.split(",")) {
        String theirs = tag.trim();
        if (theirs.equals("*") || opaque(theirs).equals(ours)) {
          return true;
        }
      }
      return false;
    }
    String modifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
    if (modifiedSince != null) {
      long since = HttpDates.parseSeconds(modifiedSince);
      return since >= 0 && file.lastModified() / 1000 <= since;
    }
    return false;
  }

  /** An entity tag without its weakness marker, for the weak comparison. */
  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}

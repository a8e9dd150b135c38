package dev.weft.upload;

import dev.weft.secrets.Secrets;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Base64;

/**
 * The upload signing key the members of a cluster share when {@code upload.secret} is empty:
 * each member offers a random key to the cluster's shared map ({@code putIfAbsent}), and all use
 * whichever got there first — so a URL signed by one instance is accepted by every other.
 *
 * <p>The trade-off: the key lives in the cluster's memory (Hazelcast, backed up on another
 * member) and travels between members over the cluster connection, and a new one is made when
 * every member has stopped (the URLs of the old one expire in minutes anyway). A production
 * cluster sets {@code upload.secret} from its secret store instead, and never gets here.
 */
public final class ClusterKey {

  static final String MAP = "weft.upload";
  static final String ENTRY = "signing-key";

  private ClusterKey() {
  }

  /**
   * Makes {@code urls} sign with the cluster's key, when Vert.x is clustered and no secret was
   * configured; otherwise completes at once and changes nothing.
   */
  public static Future<Void> share(Vertx vertx, String secret, UploadUrls urls) {
    if (!vertx.isClustered() || UploadUrls.configured(secret)) {
      return Future.succeededFuture();
    }
    return agree(vertx).map(key -> {
      urls.adopt(key);
      return null;
    });
  }

  /** The cluster's key: this member's offer if it is the first, else the one already there. */
  static Future<byte[]> agree(Vertx vertx) {
    byte[] offer = Secrets.bytes(32);
    String encoded = Base64.getEncoder().encodeToString(offer);
    return vertx.sharedData().<String, String>getAsyncMap(MAP)
        .compose(map -> map.putIfAbsent(ENTRY, encoded))
        .map(previous -> Base64.getDecoder().decode(previous == null ? encoded : previous));
  }
}

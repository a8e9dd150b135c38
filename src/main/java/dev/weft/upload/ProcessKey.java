package dev.weft.upload;

import dev.weft.secrets.Secrets;


/**
 * The signing key used when {@code upload.secret} is empty: random, made once per process, so
 * every Weft instance of the process ({@code -instances N}) accepts the URLs the others sign.
 * Another process cannot (unless clustered: {@link ClusterKey}); the warning says so the first
 * time the key is used.
 */
final class ProcessKey {

  private static final System.Logger LOG = System.getLogger(ProcessKey.class.getName());

  private ProcessKey() {
  }

  /** The process's key; logs the warning the first time. */
  static byte[] get() {
    return Holder.KEY.clone();
  }

  /** Initialised on first use only: a process with a configured secret never makes or logs one. */
  private static final class Holder {

    static final byte[] KEY = create();

    private static byte[] create() {
      byte[] key = Secrets.bytes(32);
      LOG.log(System.Logger.Level.WARNING, "upload.secret is empty: upload URLs are signed with a "
          + "random key of this process (clustered: one the members agree on at start). Several "
          + "instances behind one load balancer that are not clustered need a shared secret "
          + "(upload.secret or WEFT_UPLOAD_SECRET), or uploads landing on another instance are "
          + "refused; a production cluster should set one from its secret store too.");
      return key;
    }
  }
}

/**
 * Clustering from configuration: several Weft JVMs form one Vert.x cluster (Hazelcast as the
 * cluster manager, its TCP-IP join or Kubernetes DNS discovery, never multicast) so that their
 * event buses are one. {@link dev.weft.cluster.ClusterSettings} is what the {@code cluster.*} keys
 * say; {@link dev.weft.cluster.ClusterVertx} is the only way in from the launcher, so nothing of
 * Hazelcast is loaded while {@code cluster.enabled} is false. {@link dev.weft.cluster.HazelcastNodes}
 * tells sessions and sockets when another instance is gone; it too is reached only from a
 * clustered Vert.x ({@code session.Nodes.of}).
 */
package dev.weft.cluster;

package dev.weft.bench;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The server's heap after a full GC, through JMX: the driver attaches once (the Attach API starts
 * the server's local management agent) and then asks for {@code System.gc()} and the heap in use
 * right after. Not jcmd: each jcmd starts a JVM, seconds on a loaded machine, and the clicks left
 * out of the latency while the sampler pauses the server would span all of that instead of the
 * GC alone.
 */
final class SoakHeap implements AutoCloseable {

  private final JMXConnector connector;
  private final MemoryMXBean memory;

  SoakHeap(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
    try {
      connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
    } finally {
      vm.detach();
    }
    memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
        ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
  }

  /** Runs a full GC in the server (System.gc(), a full collection with G1), then its heap in use, KiB. */
  long usedAfterFullGcKb() {
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed() / 1024;
  }

  @Override
  public void close() throws Exception {
    connector.close();
  }
}

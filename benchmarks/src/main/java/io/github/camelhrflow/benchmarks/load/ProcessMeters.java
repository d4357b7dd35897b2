package io.github.camelhrflow.benchmarks.load;

import java.lang.management.ManagementFactory;

/**
 * Reads the clock, this process's CPU time and the bytes allocated by all its threads.
 * <p>
 * Both meters cover the whole client process on purpose: the JDK HttpClient decodes on its own selector and executor
 * threads, Camel may hand work to other threads, and GC and JIT threads burn CPU for whoever allocates. Summing
 * {@code getThreadAllocatedBytes} over the load threads alone would miss all of that, and summing over the live
 * threads would miss the threads that ended during a measurement; {@code getTotalThreadAllocatedBytes} (JDK 14+)
 * also counts the threads that have ended. Allocation is counted in the allocating thread (TLAB included), so the
 * figure is exact to within the TLAB in use when it is read.
 */
public final class ProcessMeters {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public ProcessMeters() {
        if (!threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("This JVM cannot count allocated bytes per thread");
        }
        threads.setThreadAllocatedMemoryEnabled(true);
        if (threads.getTotalThreadAllocatedBytes() < 0 || os.getProcessCpuTime() < 0) {
            throw new IllegalStateException("This JVM reports neither process CPU time nor total allocated bytes");
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(System.nanoTime(), os.getProcessCpuTime(), threads.getTotalThreadAllocatedBytes());
    }

    /** What the meters read at one instant. */
    public record Snapshot(long nanoTime, long cpuNanos, long allocatedBytes) {
    }
}

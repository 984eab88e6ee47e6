package org.latih.kernel.plugin.worker;

import java.time.Duration;

/**
 * What the worker JVM uses now, from {@code /proc}.
 *
 * @param pid the worker JVM's process id (inside bubblewrap, the java process, not bwrap)
 * @param cpu user and system CPU time used since it started
 * @param rssBytes resident memory
 */
public record WorkerStats(long pid, Duration cpu, int threads, long rssBytes) {}

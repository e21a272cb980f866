package org.karma.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The view of operating system processes the history store needs: who am I, and is the owner of
 * a RUNNING run still alive. Injected so tests can play dead and live processes.
 */
public interface Processes {

	/** The process this store runs in. */
	OwnerProcess self();

	/** Whether that process still runs (same PID and, when known, same start instant). */
	boolean isAlive(OwnerProcess process);

	/** The real processes of this machine, through {@link ProcessHandle}. */
	static Processes system() {
		return new Processes() {
			@Override
			public OwnerProcess self() {
				ProcessHandle me = ProcessHandle.current();
				return new OwnerProcess(me.pid(), me.info().startInstant());
			}

			@Override
			public boolean isAlive(OwnerProcess process) {
				Optional<ProcessHandle> handle = ProcessHandle.of(process.pid()).filter(ProcessHandle::isAlive);
				if (handle.isEmpty()) {
					return false;
				}
				Optional<Instant> started = handle.get().info().startInstant();
				if (process.started().isEmpty() || started.isEmpty()) {
					return true;
				}
				// start instants come from clock ticks since boot: allow for rounding
				return Duration.between(process.started().get(), started.get()).abs().compareTo(Duration.ofSeconds(1)) < 0;
			}
		};
	}
}

package org.karma.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation while a command runs: the first signal
 * calls {@code cancel}, which lets the command stop cleanly and exit with 130; a second one calls
 * {@code stopNow} (the process halts with 130 at once).
 *
 * <p>Why signal handlers and not a shutdown hook: a handler replaces the JVM's default action, so
 * the JVM does not start shutting down at all and the command ends normally, through Equinox, with
 * its own exit code. A shutdown hook would run while Equinox's own shutdown stops the bundles the
 * run is using, and could only force the exit code with {@code halt}.
 */
interface Interrupts {

	/**
	 * Installs the handlers until the returned handle is closed (the previous handlers are then
	 * restored).
	 */
	Handle install(Runnable cancel, Runnable stopNow);

	/** Installed handlers. */
	interface Handle extends AutoCloseable {
		@Override
		void close();
	}

	/** No signal handling (tests; a JVM without {@code sun.misc.Signal}). */
	Interrupts NONE = (cancel, stopNow) -> () -> {
	};

	/** SIGINT and SIGTERM of this process, through {@code sun.misc.Signal} when the runtime has it. */
	static Interrupts system() {
		return (cancel, stopNow) -> {
			try {
				return SignalHandlers.install(cancel, stopNow);
			} catch (LinkageError e) {
				return NONE.install(cancel, stopNow); // no sun.misc: the JVM's default (exit at once)
			}
		};
	}

	/** Kept apart so that a runtime without {@code sun.misc} fails only when this class is loaded. */
	final class SignalHandlers {
		private SignalHandlers() {
		}

		static Handle install(Runnable cancel, Runnable stopNow) {
			AtomicInteger count = new AtomicInteger();
			sun.misc.SignalHandler handler = signal -> {
				if (count.incrementAndGet() == 1) {
					cancel.run();
				} else {
					stopNow.run();
				}
			};
			List<Runnable> restore = new ArrayList<>();
			for (String name : new String[] { "INT", "TERM" }) {
				try {
					sun.misc.Signal signal = new sun.misc.Signal(name);
					sun.misc.SignalHandler previous = sun.misc.Signal.handle(signal, handler);
					restore.add(() -> sun.misc.Signal.handle(signal, previous));
				} catch (IllegalArgumentException e) {
					// the signal is not available here (e.g. the JVM runs with -Xrs): left as it is
				}
			}
			return () -> restore.forEach(Runnable::run);
		}
	}
}

package org.karma.connector.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Lock folders that make preconditions atomic between KARMA clients on servers without atomic
 * conditional writes (FTP, SFTP, SMB): creating a folder succeeds for one client only, so the
 * client that made {@link TempNames#forLock the lock folder} of a path checks and writes it while
 * the others wait. A lock older than the stale age (a client that died holding it) is broken.
 */
public final class LockFolders {

	/** How long a client waits for a held lock before it gives up with a transient failure. */
	public static final Duration WAIT = Duration.ofSeconds(60);

	/** A lock older than this was left by a client that died: it is broken. */
	public static final Duration STALE = Duration.ofMinutes(2);

	private static final Duration LOOK_EVERY = Duration.ofSeconds(1);

	/** One step against the server. */
	@FunctionalInterface
	public interface Step<T> {
		T run() throws IOException, ConnectorException;
	}

	private LockFolders() {
	}

	/**
	 * Takes the lock of {@code path}: tries to make the lock folder, and while another client holds
	 * it waits (2 ms doubling to 50 ms between tries; its age is looked at after the first try and
	 * then once a second), breaks it when stale, and gives up after
	 * {@link #WAIT}.
	 *
	 * @param tryMake    makes the lock folder: true when this client made it, false when it exists
	 * @param heldSince  the existing lock folder's modification time; empty when it is gone or has
	 *                   no time (may throw when the folder could not be made for another reason)
	 * @param breakStale removes a stale lock folder
	 * @throws ConnectorException TRANSIENT after {@link #WAIT}, CANCELLED when cancelled
	 */
	public static void acquire(RelPath path, String lockName, IProgressMonitor monitor, Step<Boolean> tryMake,
			Step<Optional<Instant>> heldSince, Step<Void> breakStale) throws IOException, ConnectorException {
		acquire(path, lockName, monitor, tryMake, heldSince, breakStale, Clock.systemUTC(), WAIT);
	}

	static void acquire(RelPath path, String lockName, IProgressMonitor monitor, Step<Boolean> tryMake,
			Step<Optional<Instant>> heldSince, Step<Void> breakStale, Clock clock, Duration wait)
			throws IOException, ConnectorException {
		long deadline = System.nanoTime() + wait.toNanos();
		long pause = 2;
		long lastLook = 0;
		while (true) {
			if (tryMake.run()) {
				return;
			}
			ConnectorException.checkCancelled(monitor, path);
			// a lock is stale after minutes: looking at it once a second is enough (every look opens
			// it on the server, and several waiters looking all the time keep it busy for its holder)
			long now = System.nanoTime();
			if (lastLook == 0 || now - lastLook >= LOOK_EVERY.toNanos()) {
				lastLook = now;
				Optional<Instant> since = heldSince.run();
				if (since.isPresent() && since.get().isBefore(clock.instant().minus(STALE))) {
					breakStale.run();
					continue;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new ConnectorException(ConnectorException.Reason.TRANSIENT, path,
						"'" + path + "' is locked by another KARMA client (" + lockName + ")");
			}
			try {
				TimeUnit.MILLISECONDS.sleep(pause);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ConnectorException(ConnectorException.Reason.CANCELLED, path, "interrupted");
			}
			pause = Math.min(50, pause * 2);
		}
	}
}

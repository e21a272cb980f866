package org.karma.app.internal;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.karma.connector.api.RelPath;
import org.karma.engine.ProgressListener;
import org.karma.engine.Side;

/**
 * Shows the progress of a sync on stderr. The engine's events only update counters (thread-safe,
 * no output); {@link #tick()}, called often by one thread, decides whether to draw:
 * <ul>
 * <li>live (stderr is a terminal): one line redrawn in place with {@code \r}, at most every
 * {@link #LIVE_INTERVAL_NANOS}, cleared by {@link #finish()};</li>
 * <li>plain (pipe, CI, log file): one line every {@code interval}, the first only once the run has
 * taken that long, so short runs print nothing.</li>
 * </ul>
 * Notes for the user go through {@link #note} so that they do not end up in the middle of a live line.
 * Time comes from an injected clock (nanoseconds), so tests drive it without sleeping.
 */
final class ProgressDisplay implements ProgressListener {

	static final long LIVE_INTERVAL_NANOS = 100_000_000L;
	/** The rate is the bytes transferred over about this last stretch of time. */
	static final long RATE_WINDOW_NANOS = 5_000_000_000L;

	/** How the display draws. */
	enum Mode {
		LIVE, PLAIN, OFF
	}

	private final PrintStream err;
	private final Mode mode;
	private final long intervalNanos;
	private final int width;
	private final LongSupplier nanos;
	private final long started;

	private volatile Phase phase;
	private final AtomicLong scannedLeft = new AtomicLong();
	private final AtomicLong scannedRight = new AtomicLong();
	private volatile int totalFiles = -1;
	private volatile long totalBytes = -1;
	private final AtomicInteger doneFiles = new AtomicInteger();
	private final AtomicLong doneBytes = new AtomicLong();
	private volatile String current;

	// drawing state: only touched under the lock of this object
	private long lastDrawn;
	private Phase sampledPhase;
	private boolean drawnOnce;
	private boolean lineShown;
	private final Deque<long[]> samples = new ArrayDeque<>();

	/**
	 * @param intervalNanos the plain mode's interval
	 * @param width         the terminal's width (live mode)
	 */
	ProgressDisplay(PrintStream err, Mode mode, long intervalNanos, int width, LongSupplier nanos) {
		this.err = err;
		this.mode = mode;
		this.intervalNanos = intervalNanos;
		this.width = width;
		this.nanos = nanos;
		this.started = nanos.getAsLong();
	}

	@Override
	public void phase(Phase newPhase) {
		scannedLeft.set(0);
		scannedRight.set(0);
		phase = newPhase;
	}

	@Override
	public void scanned(Side side, long entries) {
		(side == Side.LEFT ? scannedLeft : scannedRight).set(entries); // both sides are scanned at once
	}

	@Override
	public void totals(int files, long bytes) {
		totalBytes = bytes;
		totalFiles = files;
	}

	@Override
	public void itemStarted(RelPath path, long bytes) {
		current = path.toString();
	}

	@Override
	public void itemFinished(RelPath path, long bytes, boolean done) {
		if (done) {
			doneFiles.incrementAndGet();
		}
	}

	@Override
	public void transferred(long bytes) {
		doneBytes.addAndGet(bytes);
	}

	/** Draws if it is time to; returns whether it drew. */
	synchronized boolean tick() {
		if (mode == Mode.OFF) {
			return false;
		}
		long now = nanos.getAsLong();
		long bytes = doneBytes.get();
		if (phase != sampledPhase) {
			samples.clear(); // the rate is of this phase only
			sampledPhase = phase;
		}
		samples.addLast(new long[] { now, bytes, doneFiles.get() });
		while (samples.size() > 2 && now - samples.peekFirst()[0] > RATE_WINDOW_NANOS) {
			samples.removeFirst();
		}
		if (mode == Mode.LIVE) {
			if (drawnOnce && now - lastDrawn < LIVE_INTERVAL_NANOS) {
				return false;
			}
			err.print("\r" + ProgressFormat.live(sample(now, bytes), width) + "\u001b[K");
			err.flush();
			lineShown = true;
		} else {
			long since = drawnOnce ? lastDrawn : started;
			if (now - since < intervalNanos) {
				return false;
			}
			err.println(ProgressFormat.plain(sample(now, bytes)));
			err.flush();
		}
		lastDrawn = now;
		drawnOnce = true;
		return true;
	}

	private ProgressFormat.Sample sample(long now, long bytes) {
		double rate = -1;
		long eta = -1;
		long[] oldest = samples.peekFirst();
		if (phase == Phase.EXECUTE && oldest != null && now - oldest[0] >= 500_000_000L) {
			rate = (bytes - oldest[1]) * 1e9 / (now - oldest[0]);
			double fileRate = (doneFiles.get() - oldest[2]) * 1e9 / (now - oldest[0]);
			long bytesLeft = Math.max(0, totalBytes - bytes);
			long filesLeft = Math.max(0, totalFiles - doneFiles.get());
			// many small files take their time per file, a few large ones per byte: the slower estimate wins
			if (rate > 0 && totalBytes >= 0) {
				eta = (long) Math.ceil(bytesLeft / rate);
			}
			if (fileRate > 0 && totalFiles >= 0) {
				eta = Math.max(eta, (long) Math.ceil(filesLeft / fileRate));
			}
		}
		return new ProgressFormat.Sample(phase, scannedLeft.get() + scannedRight.get(), doneFiles.get(), totalFiles, bytes, totalBytes, rate, eta,
				current);
	}

	/** Prints a note for the user (a line on stderr), clearing the live line first. */
	synchronized void note(String line) {
		clear();
		err.println(line);
		err.flush();
	}

	/** Clears the live line; the display can go on drawing afterwards. */
	synchronized void finish() {
		clear();
	}

	private void clear() {
		if (lineShown) {
			err.print("\r\u001b[K");
			err.flush();
			lineShown = false;
			drawnOnce = false; // the next tick redraws at once
		}
	}
}

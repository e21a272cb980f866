package org.karma.engine;

import org.karma.connector.api.RelPath;

/**
 * Receives the progress of a sync as it happens, for a live display. Every method has an empty
 * default, so a listener overrides only what it shows.
 *
 * <p>Calls come from several threads at once (files are copied in parallel; folders are listed in
 * parallel): implementations must be thread-safe and cheap (no I/O, no waiting). The engine never
 * calls per byte: {@link #transferred} comes once per buffer, {@link #scanned} a few times per
 * second.
 */
public interface ProgressListener {

	/** A listener that ignores everything. */
	ProgressListener NONE = new ProgressListener() {
	};

	/** The steps of a sync, in order. */
	enum Phase {
		/** Both sides are listed (at the same time). */
		SCAN("scanning"), PLAN("planning"), EXECUTE("syncing");

		private final String label;

		Phase(String label) {
			this.label = label;
		}

		/** A short lower-case label for users. */
		public String label() {
			return label;
		}
	}

	/** A new phase begins. */
	default void phase(Phase phase) {
	}

	/** The scan of a side has listed this many entries so far (a running total, not a delta). */
	default void scanned(Side side, long entries) {
	}

	/**
	 * What the execution will transfer, known once the plan exists: the number of files to copy
	 * and their bytes (content of files copied; a kept-both conflict counts its copies).
	 */
	default void totals(int files, long bytes) {
	}

	/** A file transfer starts; {@code bytes} is its expected size. */
	default void itemStarted(RelPath path, long bytes) {
	}

	/**
	 * A file transfer ended, done or not ({@code done} false: failed, conflict, cancelled);
	 * {@code bytes} is what it was expected to transfer.
	 */
	default void itemFinished(RelPath path, long bytes, boolean done) {
	}

	/**
	 * Bytes streamed since the last call (a delta), as they are read from the source while copying;
	 * a failed or abandoned transfer's bytes are not taken back.
	 */
	default void transferred(long bytes) {
	}
}

package org.karma.connector.api;

import java.time.Instant;
import java.util.Objects;

/**
 * How a file is written.
 *
 * @param precondition  checked before the new content becomes visible; on failure the old
 *                      content is untouched and {@link ConnectorException.Reason#PRECONDITION_FAILED} thrown
 * @param mtime         modification time to give the new file (null: the time of writing);
 *                      ignored where {@link ConnectionFacts#mtimeWritable()} is false
 * @param size          the number of bytes the stream will deliver, or -1 when unknown; when
 *                      known and the stream delivers a different number, the write fails with
 *                      {@link ConnectorException.Reason#FATAL} (retrying the same call cannot
 *                      help) and nothing becomes visible
 * @param sync          force the data to stable storage before it becomes visible
 * @param createParents create missing parent directories (otherwise a missing parent is NOT_FOUND)
 */
public record WriteOptions(Precondition precondition, Instant mtime, long size, boolean sync, boolean createParents) {

	/** No precondition, unknown size, time of writing, no forced sync, parents must exist. */
	public static final WriteOptions DEFAULT = new WriteOptions(Precondition.NONE, null, -1, false, false);

	public WriteOptions {
		Objects.requireNonNull(precondition);
		if (size < -1) {
			throw new IllegalArgumentException("size must be -1 (unknown) or more");
		}
	}

	public WriteOptions withPrecondition(Precondition p) {
		return new WriteOptions(p, mtime, size, sync, createParents);
	}

	public WriteOptions withMtime(Instant t) {
		return new WriteOptions(precondition, t, size, sync, createParents);
	}

	public WriteOptions withSize(long s) {
		return new WriteOptions(precondition, mtime, s, sync, createParents);
	}

	public WriteOptions withSync(boolean s) {
		return new WriteOptions(precondition, mtime, size, s, createParents);
	}

	public WriteOptions withCreateParents(boolean c) {
		return new WriteOptions(precondition, mtime, size, sync, c);
	}
}

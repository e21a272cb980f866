package org.karma.connector.tck.memory;

import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;

/**
 * The content of one memory endpoint: a sorted map of paths to nodes under one lock, and a hook
 * that injects faults into operations (for tests of error handling above the SPI).
 */
public final class MemoryStore {

	/** Decides whether an operation fails: return an exception to throw, or empty to go on. */
	@FunctionalInterface
	public interface Faults {
		Optional<ConnectorException> before(String operation, RelPath path);
	}

	static final class Node {
		final EntryKind kind;
		final byte[] content;
		final Instant mtime;
		final long version;

		Node(EntryKind kind, byte[] content, Instant mtime, long version) {
			this.kind = kind;
			this.content = content;
			this.mtime = mtime;
			this.version = version;
		}
	}

	final Object lock = new Object();
	final TreeMap<RelPath, Node> nodes = new TreeMap<>();
	private final AtomicLong versions = new AtomicLong();
	private volatile Faults faults = (operation, path) -> Optional.empty();

	MemoryStore() {
		nodes.put(RelPath.ROOT, new Node(EntryKind.DIRECTORY, new byte[0], Instant.now(), nextVersion()));
	}

	long nextVersion() {
		return versions.incrementAndGet();
	}

	/** Installs a fault hook (replacing the previous one). */
	public void setFaults(Faults faults) {
		this.faults = faults;
	}

	void checkFault(String operation, RelPath path) throws ConnectorException {
		Optional<ConnectorException> fault = faults.before(operation, path);
		if (fault.isPresent()) {
			throw fault.get();
		}
	}

	/** Number of files and directories stored (the root excluded). */
	public int size() {
		synchronized (lock) {
			return nodes.size() - 1;
		}
	}
}

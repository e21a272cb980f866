package org.karma.connector.tck.memory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.HashKind;
import org.karma.connector.api.NameRules;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryStore.Node;

/** A connection to a {@link MemoryStore}: the reference implementation of the SPI contract. */
final class MemoryConnection implements Connection, Capability.Rename, Capability.ServerCopy,
		Capability.SetModificationTime, Capability.RangeRead, Capability.ServerHash, Capability.OpenResources {

	private static final int CHUNK = 64 * 1024;

	private final MemoryStore store;
	private final ConnectionFacts facts;
	private final AtomicInteger openStreams = new AtomicInteger();
	private final AtomicBoolean closed = new AtomicBoolean();

	MemoryConnection(MemoryStore store, int concurrency) {
		this.store = store;
		this.facts = new ConnectionFacts(Duration.ZERO, true, Set.of(), CaseSensitivity.SENSITIVE, NameRules.POSIX, true,
				true, concurrency);
	}

	@Override
	public ConnectionFacts facts() {
		return facts;
	}

	private void begin(String operation, RelPath path, IProgressMonitor monitor) throws ConnectorException {
		if (closed.get()) {
			throw new ConnectorException(Reason.FATAL, path, "connection closed");
		}
		ConnectorException.checkCancelled(monitor, path);
		store.checkFault(operation, path);
	}

	private void checkName(RelPath path) throws ConnectorException {
		for (String segment : path.segments()) {
			Optional<String> problem = facts.nameRules().problem(segment);
			if (problem.isPresent()) {
				throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path, "'" + segment + "': " + problem.get());
			}
		}
	}

	private Entry entry(RelPath path, Node node) {
		return new Entry(path, node.kind, node.kind == EntryKind.FILE ? node.content.length : 0, node.mtime, Map.of(),
				"v" + node.version);
	}

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		begin("list", directory, monitor);
		List<Entry> children = new ArrayList<>();
		synchronized (store.lock) {
			Node node = store.nodes.get(directory);
			if (node == null) {
				throw new ConnectorException(Reason.NOT_FOUND, directory, "no such folder: " + directory);
			}
			if (node.kind != EntryKind.DIRECTORY) {
				throw new ConnectorException(Reason.WRONG_KIND, directory, "not a folder: " + directory);
			}
			for (Map.Entry<RelPath, Node> e : store.nodes.tailMap(directory, false).entrySet()) {
				if (!e.getKey().startsWith(directory)) {
					break;
				}
				if (e.getKey().depth() == directory.depth() + 1) {
					children.add(entry(e.getKey(), e.getValue()));
				}
			}
		}
		for (Entry child : children) {
			ConnectorException.checkCancelled(monitor, directory);
			sink.accept(child);
		}
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		begin("stat", path, monitor);
		synchronized (store.lock) {
			Node node = store.nodes.get(path);
			return node == null ? Optional.empty() : Optional.of(entry(path, node));
		}
	}

	private Node file(RelPath path) throws ConnectorException {
		synchronized (store.lock) {
			Node node = store.nodes.get(path);
			if (node == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "no such file: " + path);
			}
			if (node.kind != EntryKind.FILE) {
				throw new ConnectorException(Reason.WRONG_KIND, path, "not a file: " + path);
			}
			return node;
		}
	}

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		begin("read", path, monitor);
		return tracked(new ByteArrayInputStream(file(path).content));
	}

	@Override
	public InputStream read(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException {
		begin("read", path, monitor);
		byte[] content = file(path).content;
		int from = (int) Math.min(offset, content.length);
		int to = length < 0 ? content.length : (int) Math.min(content.length, offset + length);
		return tracked(new ByteArrayInputStream(content, from, to - from));
	}

	private InputStream tracked(InputStream in) {
		openStreams.incrementAndGet();
		return new java.io.FilterInputStream(in) {
			private boolean done;

			@Override
			public void close() throws IOException {
				if (!done) {
					done = true;
					openStreams.decrementAndGet();
				}
				super.close();
			}
		};
	}

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		begin("write", path, monitor);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		checkName(path);
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		byte[] chunk = new byte[CHUNK];
		try {
			for (int n; (n = content.read(chunk)) > 0;) {
				buffer.write(chunk, 0, n);
				ConnectorException.checkCancelled(monitor, path);
			}
		} catch (IOException e) {
			throw new ConnectorException(Reason.TRANSIENT, path, "reading the content failed: " + e.getMessage(), e);
		}
		byte[] bytes = buffer.toByteArray();
		if (options.size() >= 0 && bytes.length != options.size()) {
			throw new ConnectorException(Reason.FATAL, path, "expected " + options.size() + " bytes, got " + bytes.length);
		}
		ConnectorException.checkCancelled(monitor, path);
		synchronized (store.lock) {
			parentFor(path, options.createParents());
			Node existing = store.nodes.get(path);
			if (existing != null && existing.kind == EntryKind.DIRECTORY) {
				throw new ConnectorException(Reason.WRONG_KIND, path, "a folder is in the way: " + path);
			}
			check(options.precondition(), path, existing);
			Node node = new Node(EntryKind.FILE, bytes, options.mtime() != null ? options.mtime() : Instant.now(),
					store.nextVersion());
			store.nodes.put(path, node);
			return entry(path, node);
		}
	}

	/** Called with the lock held. */
	private void parentFor(RelPath path, boolean create) throws ConnectorException {
		RelPath parent = path.parent();
		Node node = store.nodes.get(parent);
		if (node == null) {
			if (!create) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "the folder " + parent + " does not exist");
			}
			parentFor(parent, true);
			store.nodes.put(parent, new Node(EntryKind.DIRECTORY, new byte[0], Instant.now(), store.nextVersion()));
		} else if (node.kind != EntryKind.DIRECTORY) {
			throw new ConnectorException(Reason.WRONG_KIND, path, parent + " is a file, not a folder");
		}
	}

	private static void check(Precondition precondition, RelPath path, Node existing) throws ConnectorException {
		if (precondition instanceof Precondition.Absent && existing != null) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, path, path + " exists already");
		}
		if (precondition instanceof Precondition.Unchanged unchanged
				&& (existing == null || !unchanged.version().equals("v" + existing.version))) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, path, path + " changed since it was seen");
		}
	}

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		begin("mkdir", path, monitor);
		checkName(path);
		synchronized (store.lock) {
			Node existing = store.nodes.get(path);
			if (existing != null) {
				if (existing.kind != EntryKind.DIRECTORY) {
					throw new ConnectorException(Reason.ALREADY_EXISTS, path, "a file is in the way: " + path);
				}
				return entry(path, existing);
			}
			parentFor(path, true);
			Node node = new Node(EntryKind.DIRECTORY, new byte[0], Instant.now(), store.nextVersion());
			store.nodes.put(path, node);
			return entry(path, node);
		}
	}

	@Override
	public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException {
		begin("delete", path, monitor);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.PERMISSION_DENIED, path, "the root cannot be deleted");
		}
		synchronized (store.lock) {
			Node existing = store.nodes.get(path);
			if (existing == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "no such file or folder: " + path);
			}
			if (existing.kind == EntryKind.FILE) {
				check(precondition, path, existing);
			}
			List<RelPath> below = new ArrayList<>();
			for (RelPath p : store.nodes.tailMap(path, false).keySet()) {
				if (!p.startsWith(path)) {
					break;
				}
				below.add(p);
			}
			if (!below.isEmpty() && !recursive) {
				throw new ConnectorException(Reason.NOT_EMPTY, path, "the folder " + path + " is not empty");
			}
			below.forEach(store.nodes::remove);
			store.nodes.remove(path);
		}
	}

	@Override
	public Entry rename(RelPath from, RelPath to, boolean replace, IProgressMonitor monitor) throws ConnectorException {
		begin("rename", from, monitor);
		checkName(to);
		synchronized (store.lock) {
			Node node = store.nodes.get(from);
			if (node == null) {
				throw new ConnectorException(Reason.NOT_FOUND, from, "no such file or folder: " + from);
			}
			if (to.startsWith(from)) {
				throw new ConnectorException(Reason.FATAL, to, "cannot move a folder into itself");
			}
			Node target = store.nodes.get(to);
			if (target != null && (!replace || target.kind == EntryKind.DIRECTORY)) {
				throw new ConnectorException(Reason.ALREADY_EXISTS, to, to + " exists already");
			}
			parentFor(to, false);
			List<Map.Entry<RelPath, Node>> moving = new ArrayList<>();
			moving.add(Map.entry(from, node));
			for (Map.Entry<RelPath, Node> e : store.nodes.tailMap(from, false).entrySet()) {
				if (!e.getKey().startsWith(from)) {
					break;
				}
				moving.add(e);
			}
			for (Map.Entry<RelPath, Node> e : moving) {
				store.nodes.remove(e.getKey());
			}
			for (Map.Entry<RelPath, Node> e : moving) {
				RelPath moved = to.resolve(RelPath.of(e.getKey().segments().subList(from.depth(), e.getKey().depth())));
				Node n = e.getValue();
				store.nodes.put(moved, new Node(n.kind, n.content, n.mtime, store.nextVersion()));
			}
			return entry(to, store.nodes.get(to));
		}
	}

	@Override
	public Entry copy(RelPath from, RelPath to, WriteOptions options, IProgressMonitor monitor) throws ConnectorException {
		byte[] content = file(from).content;
		return write(to, new ByteArrayInputStream(content), options.withSize(content.length), monitor);
	}

	@Override
	public Entry setModificationTime(RelPath path, Instant mtime, IProgressMonitor monitor) throws ConnectorException {
		begin("setModificationTime", path, monitor);
		synchronized (store.lock) {
			Node old = file(path);
			Node node = new Node(old.kind, old.content, mtime, store.nextVersion());
			store.nodes.put(path, node);
			return entry(path, node);
		}
	}

	@Override
	public Optional<String> hash(RelPath path, HashKind kind, IProgressMonitor monitor) throws ConnectorException {
		begin("hash", path, monitor);
		if (kind == HashKind.DROPBOX) {
			return Optional.empty();
		}
		try {
			return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance(kind.label()).digest(file(path).content)));
		} catch (NoSuchAlgorithmException e) {
			return Optional.empty();
		}
	}

	@Override
	public int openResources() {
		return openStreams.get();
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
	}

	@Override
	public void close() {
		closed.set(true);
	}
}

package org.karma.connector.tck;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;

/**
 * A connection that forwards to another, hiding some capabilities; tests override single calls
 * (to count, fail or slow them).
 */
public class ForwardingConnection implements Connection {
	protected final Connection delegate;
	private final Set<Class<? extends Capability>> hidden;

	public ForwardingConnection(Connection delegate, Set<Class<? extends Capability>> hidden) {
		this.delegate = delegate;
		this.hidden = hidden;
	}

	@Override
	public ConnectionFacts facts() {
		return delegate.facts();
	}

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		delegate.list(directory, sink, monitor);
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		return delegate.stat(path, monitor);
	}

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		return delegate.read(path, monitor);
	}

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		return delegate.write(path, content, options, monitor);
	}

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		return delegate.mkdir(path, monitor);
	}

	@Override
	public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException {
		delegate.delete(path, recursive, precondition, monitor);
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		return hidden.contains(type) ? Optional.empty() : delegate.capability(type);
	}

	@Override
	public void close() throws ConnectorException {
		delegate.close();
	}
}

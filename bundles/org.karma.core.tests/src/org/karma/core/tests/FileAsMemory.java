package org.karma.core.tests;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.tck.memory.MemoryConnectorFactory;

/**
 * The memory connector under the {@code file} scheme, so profiles with plain paths reach it.
 * Locations starting with {@code /down} answer like a server that is not there.
 */
class FileAsMemory implements ConnectorFactory {

	private final MemoryConnectorFactory memory;

	FileAsMemory(MemoryConnectorFactory memory) {
		this.memory = memory;
	}

	@Override
	public Set<String> schemes() {
		return Set.of("file");
	}

	@Override
	public String displayName() {
		return "memory as file";
	}

	@Override
	public List<ConnectorOption> options() {
		return memory.options();
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		if (spec.location().startsWith("/down")) {
			throw new ConnectorException(ConnectorException.Reason.TRANSIENT, null, "the server does not answer");
		}
		return memory.connect(spec, monitor);
	}
}

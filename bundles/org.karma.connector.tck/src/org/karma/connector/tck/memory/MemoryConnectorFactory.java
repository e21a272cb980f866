package org.karma.connector.tck.memory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;

/**
 * Endpoints held in memory ({@code memory:/NAME}), for tests of everything above the SPI. Each
 * factory keeps its own named stores; connections to the same name share one store, so two
 * connections see each other's changes like two clients of one server.
 */
public final class MemoryConnectorFactory implements ConnectorFactory {

	private final Map<String, MemoryStore> stores = new ConcurrentHashMap<>();

	@Override
	public Set<String> schemes() {
		return Set.of("memory");
	}

	@Override
	public String displayName() {
		return "Memory (tests)";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(ConnectorOption.integer("concurrency", "16", "Operations at the same time."));
	}

	/** The store behind a location, created empty on first use (for fault injection and inspection). */
	public MemoryStore store(String location) {
		String name = location.startsWith("memory:") ? location.substring("memory:".length()) : location;
		return stores.computeIfAbsent(name, n -> new MemoryStore());
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, null);
		int concurrency = Integer.parseInt(spec.option(options().get(0)));
		return new MemoryConnection(store(spec.location()), concurrency);
	}
}

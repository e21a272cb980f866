package org.karma.connector.tck;

import java.util.ArrayList;
import java.util.List;

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;

/**
 * The usual fixture: connections made by a factory to one location. Closes every connection it
 * handed out, then calls {@link #cleanUp()}; override that (and the optional hooks of
 * {@link ConnectorFixture}) for what the endpoint needs.
 */
public class FactoryFixture implements ConnectorFixture {

	private final ConnectorFactory factory;
	private final ConnectionSpec spec;
	private final Connection connection;
	private final List<Connection> others = new ArrayList<>();

	public FactoryFixture(ConnectorFactory factory, ConnectionSpec spec) throws ConnectorException {
		this.factory = factory;
		this.spec = spec;
		this.connection = factory.connect(spec, null);
	}

	@Override
	public Connection connection() {
		return connection;
	}

	@Override
	public Connection openAnother() throws ConnectorException {
		Connection other = factory.connect(spec, null);
		others.add(other);
		return other;
	}

	/** Removes what the test left on the endpoint; called after all connections are closed. */
	protected void cleanUp() throws Exception {
		// nothing by default
	}

	@Override
	public final void close() throws Exception {
		try {
			for (Connection other : others) {
				other.close();
			}
			connection.close();
		} finally {
			cleanUp();
		}
	}
}

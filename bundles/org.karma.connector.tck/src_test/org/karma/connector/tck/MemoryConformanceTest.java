package org.karma.connector.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.tck.memory.MemoryConnectorFactory;

/** The memory connector, the reference implementation, passes the whole kit. */
class MemoryConformanceTest extends ConnectionContractTest {

	private static final AtomicInteger STORES = new AtomicInteger();
	private final MemoryConnectorFactory factory = new MemoryConnectorFactory();

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		String location = "memory:/store-" + STORES.incrementAndGet();
		Connection connection = factory.connect(ConnectionSpec.of(location), null);
		List<Connection> others = new ArrayList<>();
		return new ConnectorFixture() {
			@Override
			public Connection connection() {
				return connection;
			}

			@Override
			public Connection openAnother() throws ConnectorException {
				Connection other = factory.connect(ConnectionSpec.of(location), null);
				others.add(other);
				return other;
			}

			@Override
			public void close() throws Exception {
				for (Connection other : others) {
					other.close();
				}
				connection.close();
			}
		};
	}
}

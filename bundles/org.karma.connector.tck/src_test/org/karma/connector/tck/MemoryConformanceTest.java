package org.karma.connector.tck;

import java.util.concurrent.atomic.AtomicInteger;

import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.tck.memory.MemoryConnectorFactory;

/** The memory connector, the reference implementation, passes the whole kit. */
class MemoryConformanceTest extends ConnectionContractTest {

	private static final AtomicInteger STORES = new AtomicInteger();
	private final MemoryConnectorFactory factory = new MemoryConnectorFactory();

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return new FactoryFixture(factory, ConnectionSpec.of("memory:/store-" + STORES.incrementAndGet()));
	}
}

package org.karma.connector.dropbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.dropbox.internal.DropboxConnectorFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The factory is a declarative services component serving dropbox. */
class DropboxRegistrationTest {

	@Test
	void factoryIsRegisteredAsAConnectorFactoryService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(DropboxRegistrationTest.class).getBundleContext();
		List<ServiceReference<ConnectorFactory>> dropbox = new ArrayList<>();
		for (ServiceReference<ConnectorFactory> ref : context.getServiceReferences(ConnectorFactory.class, null)) {
			ConnectorFactory factory = context.getService(ref);
			try {
				if (factory.schemes().contains("dropbox")) {
					dropbox.add(ref);
					assertTrue(factory instanceof DropboxConnectorFactory, factory.getClass().getName());
					assertEquals(Set.of("dropbox"), factory.schemes());
					ConnectorOption token = factory.options().stream().filter(o -> o.key().equals("refresh_token")).findFirst()
							.orElseThrow();
					assertTrue(token.secret());
					assertTrue(factory.options().stream().filter(o -> o.key().equals("access_token")).findFirst().orElseThrow().secret());
				}
			} finally {
				context.ungetService(ref);
			}
		}
		assertEquals(1, dropbox.size(), "one dropbox connector service");
		assertEquals("org.karma.connector.dropbox", dropbox.get(0).getProperty("component.name"));
	}
}

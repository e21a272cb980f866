package org.karma.connector.zip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.zip.internal.ZipConnectorFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The factory is a declarative services component, found in the service registry by scheme. */
class ZipRegistrationTest {

	@Test
	void factoryIsRegisteredAsAConnectorFactoryService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ZipRegistrationTest.class).getBundleContext();
		List<ServiceReference<ConnectorFactory>> zip = new ArrayList<>();
		for (ServiceReference<ConnectorFactory> ref : context.getServiceReferences(ConnectorFactory.class, null)) {
			ConnectorFactory factory = context.getService(ref);
			try {
				if (factory.schemes().contains("zip")) {
					zip.add(ref);
					assertTrue(factory instanceof ZipConnectorFactory, factory.getClass().getName());
					assertEquals(Set.of("zip"), factory.schemes());
					assertEquals("ZIP archive", factory.displayName());
					ConnectorOption level = factory.options().get(0);
					assertEquals("compression_level", level.key());
					assertEquals(ConnectorOption.Type.INTEGER, level.type());
					assertEquals("6", level.defaultValue());
				}
			} finally {
				context.ungetService(ref);
			}
		}
		assertEquals(1, zip.size(), "one zip connector service");
		ServiceReference<ConnectorFactory> ref = zip.get(0);
		assertEquals("org.karma.connector.zip", ref.getProperty("component.name"));
		Bundle provider = ref.getBundle();
		assertNotNull(provider);
		assertEquals("org.karma.connector.zip", provider.getSymbolicName());
	}
}

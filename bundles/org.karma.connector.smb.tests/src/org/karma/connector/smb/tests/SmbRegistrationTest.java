package org.karma.connector.smb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.smb.internal.SmbConnectorFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The factory is a declarative services component serving smb. */
class SmbRegistrationTest {

	@Test
	void factoryIsRegisteredAsAConnectorFactoryService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(SmbRegistrationTest.class).getBundleContext();
		List<ServiceReference<ConnectorFactory>> smb = new ArrayList<>();
		for (ServiceReference<ConnectorFactory> ref : context.getServiceReferences(ConnectorFactory.class, null)) {
			ConnectorFactory factory = context.getService(ref);
			try {
				if (factory.schemes().contains("smb")) {
					smb.add(ref);
					assertTrue(factory instanceof SmbConnectorFactory, factory.getClass().getName());
					assertEquals(Set.of("smb"), factory.schemes());
					ConnectorOption password = factory.options().stream().filter(o -> o.key().equals("password")).findFirst()
							.orElseThrow();
					assertTrue(password.secret());
				}
			} finally {
				context.ungetService(ref);
			}
		}
		assertEquals(1, smb.size(), "one smb connector service");
		assertEquals("org.karma.connector.smb", smb.get(0).getProperty("component.name"));
	}
}

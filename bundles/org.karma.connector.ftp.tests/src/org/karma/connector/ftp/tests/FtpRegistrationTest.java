package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.ftp.internal.FtpConnectorFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The factory is a declarative services component serving ftp and ftps. */
class FtpRegistrationTest {

	@Test
	void factoryIsRegisteredAsAConnectorFactoryService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(FtpRegistrationTest.class).getBundleContext();
		List<ServiceReference<ConnectorFactory>> ftp = new ArrayList<>();
		for (ServiceReference<ConnectorFactory> ref : context.getServiceReferences(ConnectorFactory.class, null)) {
			ConnectorFactory factory = context.getService(ref);
			try {
				if (factory.schemes().contains("ftp")) {
					ftp.add(ref);
					assertTrue(factory instanceof FtpConnectorFactory, factory.getClass().getName());
					assertEquals(Set.of("ftp", "ftps"), factory.schemes());
					ConnectorOption password = factory.options().stream().filter(o -> o.key().equals("password")).findFirst()
							.orElseThrow();
					assertTrue(password.secret());
					assertEquals("ftp://ann@127.0.0.1:2121", factory.credentialKey("ftp://ann@127.0.0.1:2121/some/dir"));
					assertEquals("ftp://ann@h:21", factory.credentialKey("ftp://ann@h/"));
					assertEquals("ftps://bob@h:990", factory.credentialKey("ftps://bob@h:990/x"));
					assertEquals("ftp://h:21", factory.credentialKey("ftp://h"));
				}
			} finally {
				context.ungetService(ref);
			}
		}
		assertEquals(1, ftp.size(), "one ftp connector service");
		assertEquals("org.karma.connector.ftp", ftp.get(0).getProperty("component.name"));
	}
}

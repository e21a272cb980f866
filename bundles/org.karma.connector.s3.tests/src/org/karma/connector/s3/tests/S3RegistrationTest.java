package org.karma.connector.s3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.s3.internal.S3ConnectorFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The factory is a declarative services component serving s3. */
class S3RegistrationTest {

	@Test
	void factoryIsRegisteredAsAConnectorFactoryService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(S3RegistrationTest.class).getBundleContext();
		List<ServiceReference<ConnectorFactory>> s3 = new ArrayList<>();
		for (ServiceReference<ConnectorFactory> ref : context.getServiceReferences(ConnectorFactory.class, null)) {
			ConnectorFactory factory = context.getService(ref);
			try {
				if (factory.schemes().contains("s3")) {
					s3.add(ref);
					assertTrue(factory instanceof S3ConnectorFactory, factory.getClass().getName());
					assertEquals(Set.of("s3"), factory.schemes());
					ConnectorOption secret = factory.options().stream().filter(o -> o.key().equals("secret_key")).findFirst()
							.orElseThrow();
					assertTrue(secret.secret());
					assertTrue(factory.options().stream().filter(o -> !o.key().equals("secret_key")).noneMatch(ConnectorOption::secret));
					assertEquals("s3://AKID@backups", factory.credentialKey("s3://AKID@backups/docs/2026"));
					assertEquals("s3://backups", factory.credentialKey("s3://backups"));
				}
			} finally {
				context.ungetService(ref);
			}
		}
		assertEquals(1, s3.size(), "one s3 connector service");
		assertEquals("org.karma.connector.s3", s3.get(0).getProperty("component.name"));
	}
}

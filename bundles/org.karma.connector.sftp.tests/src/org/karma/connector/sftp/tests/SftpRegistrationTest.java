package org.karma.connector.sftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.sftp.internal.SftpConnectorFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The factory is a declarative services component serving sftp, with the options core knows. */
class SftpRegistrationTest {

	@Test
	void factoryIsRegisteredAsAConnectorFactoryService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(SftpRegistrationTest.class).getBundleContext();
		List<ServiceReference<ConnectorFactory>> sftp = new ArrayList<>();
		for (ServiceReference<ConnectorFactory> ref : context.getServiceReferences(ConnectorFactory.class, null)) {
			ConnectorFactory factory = context.getService(ref);
			try {
				if (factory.schemes().contains("sftp")) {
					sftp.add(ref);
					assertTrue(factory instanceof SftpConnectorFactory, factory.getClass().getName());
					assertEquals(Set.of("sftp"), factory.schemes());
					assertEquals(List.of("known_hosts", "accept_new_host_key", "identity", "concurrency", "password",
							"passphrase"), factory.options().stream().map(ConnectorOption::key).toList());
					for (String secret : List.of("password", "passphrase")) {
						assertTrue(factory.options().stream().filter(o -> o.key().equals(secret)).findFirst().orElseThrow()
								.secret(), secret);
					}
				}
			} finally {
				context.ungetService(ref);
			}
		}
		assertEquals(1, sftp.size(), "one sftp connector service");
		assertEquals("org.karma.connector.sftp", sftp.get(0).getProperty("component.name"));
	}
}

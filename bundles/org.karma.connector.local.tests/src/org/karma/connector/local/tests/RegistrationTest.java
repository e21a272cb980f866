package org.karma.connector.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The connector reaches the rest of KARMA as a declarative services component. */
class RegistrationTest {

	private Path root;

	@AfterEach
	void clean() throws Exception {
		Fixtures.deleteTree(root);
	}

	@Test
	void theFileFactoryIsAnOsgiService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<ConnectorFactory, ConnectorFactory> tracker = new ServiceTracker<>(context, ConnectorFactory.class,
				null);
		tracker.open();
		try {
			assertNotNull(tracker.waitForService(TimeUnit.SECONDS.toMillis(30)),
					"a ConnectorFactory service appears (Felix SCR running, component declared)");
			ConnectorFactory file = null;
			for (ServiceReference<ConnectorFactory> ref : tracker.getServiceReferences()) {
				ConnectorFactory f = tracker.getService(ref);
				if (f.schemes().contains("file")) {
					file = f;
					assertEquals("org.karma.connector.local", ref.getBundle().getSymbolicName());
					assertEquals("org.karma.connector.local", ref.getProperty("component.name"));
				}
			}
			assertNotNull(file, "the factory for scheme 'file' is registered");
			assertEquals("Local folder", file.displayName());
			assertEquals(List.of("follow_symlinks", "concurrency"), file.options().stream().map(ConnectorOption::key).toList());

			root = Fixtures.newRoot("registration");
			try (Connection c = file.connect(ConnectionSpec.of("file://" + root), new NullProgressMonitor())) {
				assertEquals(EntryKind.DIRECTORY, c.stat(RelPath.ROOT, null).orElseThrow().kind());
			}
		} finally {
			tracker.close();
		}
	}

	@Test
	void theBundleIsActiveAfterItsComponentStarted() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<ConnectorFactory, ConnectorFactory> tracker = new ServiceTracker<>(context, ConnectorFactory.class,
				null);
		tracker.open();
		try {
			assertNotNull(tracker.waitForService(TimeUnit.SECONDS.toMillis(30)));
			Bundle local = null;
			for (Bundle b : context.getBundles()) {
				if (b.getSymbolicName().equals("org.karma.connector.local")) {
					local = b;
				}
			}
			assertNotNull(local);
			assertTrue(local.getState() == Bundle.ACTIVE, "immediate component activated its lazy bundle");
		} finally {
			tracker.close();
		}
	}
}

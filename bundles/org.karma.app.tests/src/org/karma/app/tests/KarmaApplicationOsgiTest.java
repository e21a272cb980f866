package org.karma.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.junit.jupiter.api.Test;
import org.karma.app.internal.KarmaApplication;
import org.karma.core.KarmaVersion;
import org.karma.core.connectors.ConnectorRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.FrameworkUtil;

/** The headless application as OSGi sees it: registered, wired to core, versioned. */
class KarmaApplicationOsgiTest {

	@Test
	void applicationIsRegisteredUnderItsPublicId() throws Exception {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		assertNotNull(registry, "extension registry is running");
		IExtension extension = registry.getExtension("org.eclipse.core.runtime.applications", "org.karma.app");
		assertNotNull(extension, "application org.karma.app is registered");
		assertEquals("org.karma.app", extension.getContributor().getName());
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		Object application = run.createExecutableExtension("class");
		assertTrue(application instanceof IApplication, application.getClass().getName());
	}

	@Test
	void versionComesFromTheInstalledCoreBundle() {
		Bundle core = FrameworkUtil.getBundle(KarmaVersion.class);
		assertNotNull(core, "org.karma.core runs as a bundle");
		assertEquals("org.karma.core", core.getSymbolicName());
		assertNotEquals(KarmaVersion.UNKNOWN, KarmaVersion.current());
		assertEquals(core.getVersion().toString(), KarmaVersion.current());
	}

	@Test
	void versionCommandPrintsTheBundleVersion() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = KarmaApplication.run(List.of("--version"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code);
		String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
		assertEquals("karma " + KarmaVersion.current(), first);
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theConnectorRegistryIsADeclarativeServicesComponent() {
		BundleContext context = FrameworkUtil.getBundle(KarmaApplicationOsgiTest.class).getBundleContext();
		ServiceReference<ConnectorRegistry> reference = context.getServiceReference(ConnectorRegistry.class);
		assertNotNull(reference, "org.karma.core registers the connector registry through DS");
		assertSame(context.getService(reference), KarmaApplication.connectors(), "the application uses that service");
		context.ungetService(reference);
	}

	@Test
	void badFlagIsExitTwo() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = KarmaApplication.run(List.of("--no-such-flag"), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(2, code);
		assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
	}
}

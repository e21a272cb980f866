package org.karma.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The engine resolves in OSGi with only its declared dependencies. */
class EngineBundleTest {

	@Test
	void engineBundleIsResolved() throws Exception {
		Class<?> info = Class.forName("org.karma.engine.package-info", false, getClass().getClassLoader());
		assertEquals("org.karma.engine", FrameworkUtil.getBundle(info).getSymbolicName());
	}
}

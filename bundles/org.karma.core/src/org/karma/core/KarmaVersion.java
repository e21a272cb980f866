package org.karma.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The product version as the user sees it: the version of the installed {@code org.karma.core}
 * bundle, including its build qualifier. Outside OSGi (plain unit tests) there is no bundle and
 * the version is reported as {@link #UNKNOWN}.
 */
public final class KarmaVersion {

	/** Reported when the classes do not run as an OSGi bundle. */
	public static final String UNKNOWN = "0.0.0.unbundled";

	private KarmaVersion() {
	}

	/** Full version with qualifier, e.g. {@code 0.1.0.202611212045}. */
	public static String current() {
		Bundle bundle = FrameworkUtil.getBundle(KarmaVersion.class);
		if (bundle == null) {
			return UNKNOWN;
		}
		Version version = bundle.getVersion();
		return version.toString();
	}
}

package org.karma.ui.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.history.HistoryQuery;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.sync.SyncOperation;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The core objects the workbench works with — the same operations the command line uses: the
 * KARMA home, the connector registry (an OSGi service), the profile store, sync and history.
 */
public final class KarmaServices {

	private static volatile KarmaHome home;
	private static volatile ConnectorRegistry registry;
	private static final List<Runnable> homeListeners = new CopyOnWriteArrayList<>();

	private KarmaServices() {
	}

	/** The home ({@code KARMA_HOME} or {@code ~/.karma}) unless one was set. */
	public static KarmaHome home() {
		KarmaHome h = home;
		if (h == null) {
			h = KarmaHome.ofCurrentProcess();
			home = h;
		}
		return h;
	}

	/** Works in another home from now on (tests, or a user switching homes); the views reload. */
	public static void setHome(KarmaHome newHome) {
		home = newHome;
		homeListeners.forEach(Runnable::run);
	}

	/** Called (on the caller's thread) whenever the home changes. */
	public static void onHomeChanged(Runnable listener) {
		homeListeners.add(listener);
	}

	public static void removeHomeListener(Runnable listener) {
		homeListeners.remove(listener);
	}

	/** The registry of the running connectors (empty outside OSGi). */
	public static ConnectorRegistry connectors() {
		ConnectorRegistry r = registry;
		if (r != null) {
			return r;
		}
		Bundle bundle = FrameworkUtil.getBundle(KarmaServices.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context != null) {
			ServiceReference<ConnectorRegistry> reference = context.getServiceReference(ConnectorRegistry.class);
			if (reference != null) {
				r = context.getService(reference);
				if (r != null) {
					registry = r;
					return r;
				}
			}
		}
		return new ConnectorRegistry();
	}

	public static ProfileStore profiles() {
		return new ProfileStore(home().profiles(), connectors());
	}

	public static SyncOperation syncOperation() {
		// the endpoints' stored passwords, as 'karma sync' finds them (WorkbenchCredentials)
		return new SyncOperation(home(), connectors(), Clock.systemUTC(), WorkbenchCredentials.secrets(java.util.Map.of()));
	}

	public static HistoryQuery history() {
		return new HistoryQuery(home(), Clock.systemUTC());
	}
}

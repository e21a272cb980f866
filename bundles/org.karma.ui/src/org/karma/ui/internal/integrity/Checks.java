package org.karma.ui.internal.integrity;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.karma.core.KarmaHome;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.SigningKeyStore;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.WorkbenchCredentials;

/**
 * The integrity operation of the workbench, built as {@code karma check} builds it: the home and
 * connectors of {@link KarmaServices}, the endpoints' stored secrets and the signing key store
 * behind the workbench's credential store ({@link WorkbenchCredentials}).
 */
public final class Checks {

	private Checks() {
	}

	/** The signing keys of the current home (a private key in secure storage opens the workbench's store). */
	public static SigningKeyStore keys() {
		return SigningKeyStore.of(KarmaServices.home(), () -> WorkbenchCredentials.open(false));
	}

	/** Paths typed without a folder are taken from the user's home folder (the dialogs give absolute ones). */
	public static CheckOperation operation() {
		KarmaHome home = KarmaServices.home();
		return new CheckOperation(home, KarmaServices.connectors(), Clock.systemUTC(), WorkbenchCredentials.secrets(Map.of()),
				keys(), Path.of(System.getProperty("user.home", ".")));
	}
}

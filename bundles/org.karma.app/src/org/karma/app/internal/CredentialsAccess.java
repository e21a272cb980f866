package org.karma.app.internal;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.karma.core.KarmaHome;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.Credentials;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.credentials.SecretSource;

/**
 * How the commands reach secrets: the credential store of the KARMA home (opened on demand by
 * {@link Cli.Environment#credentials()}), and {@code --password-env VAR} for one-off runs.
 */
final class CredentialsAccess {

	/** The option of {@code sync} and {@code versions} that takes a password from the environment. */
	static final String PASSWORD_ENV = "password-env";

	private final Supplier<KarmaHome> home;
	private final Cli.StoreOpener opener;
	private final Function<String, String> environment;

	CredentialsAccess(Supplier<KarmaHome> home, Cli.StoreOpener opener, Function<String, String> environment) {
		this.home = home;
		this.opener = opener;
		this.environment = environment;
	}

	/** Opens the store to write it, creating it when missing ({@code credentials set}). */
	CredentialStore open() throws CredentialsException, UsageException {
		return opener.open(home(), true);
	}

	/** Opens the store to read it; when it does not exist yet, an empty one that needs no master password. */
	CredentialStore openToRead() throws CredentialsException, UsageException {
		return opener.open(home(), false);
	}

	private KarmaHome home() throws UsageException {
		try {
			return home.get();
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/**
	 * The secrets of a sync or versions run: the password named by {@code --password-env} (for every
	 * endpoint that asks for a password), then the store. A store file that does not exist yet is
	 * not opened (so a run without credentials needs no master password).
	 */
	SecretSource secrets(Args args) throws UsageException {
		String variable = args.one(PASSWORD_ENV);
		Map<String, char[]> overrides = Map.of();
		if (variable != null) {
			String value = environment.apply(variable);
			if (value == null || value.isEmpty()) {
				throw new UsageException("--password-env: the environment variable '" + variable + "' is not set or empty");
			}
			overrides = Map.of(Credentials.DEFAULT_SECRET, value.toCharArray());
		}
		KarmaHome karmaHome = home();
		char[][] toZero = overrides.values().toArray(new char[0][]);
		SecretSource source = SecretSource.of(overrides, () -> opener.open(karmaHome, false));
		for (char[] value : toZero) {
			Arrays.fill(value, '\0');
		}
		return source;
	}

	/** Whether the home has a credential store file. */
	static boolean exists(KarmaHome home) {
		return Files.exists(Credentials.storeFile(home));
	}
}

package org.karma.core.credentials;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.karma.connector.api.ConnectionSpec;

/**
 * Gives the operations the secrets of each endpoint they connect, by credential key (see
 * {@link Credentials#key}). Passed to {@code SyncOperation} / {@code VersionsOperation} by their
 * caller, so core never reads environment variables or prompts itself.
 */
@FunctionalInterface
public interface SecretSource {

	/** No secrets at all. */
	SecretSource NONE = key -> ConnectionSpec.Secrets.NONE;

	/** The secrets of the endpoint whose credential key is {@code credentialKey}. */
	ConnectionSpec.Secrets forKey(String credentialKey);

	/** Opens a credential store when first needed. */
	@FunctionalInterface
	interface StoreOpener {
		CredentialStore open() throws CredentialsException;
	}

	/**
	 * One-off values first (e.g. {@code --password-env}: by secret name, for every endpoint that
	 * asks for that secret), then the store, opened only when an endpoint asks for a secret the
	 * overrides do not have. A store that cannot be opened or read makes the lookup throw
	 * {@link SecretsUnavailableException} (the operation reports it as "cannot connect").
	 *
	 * @param overrides by secret name; copied (the caller zeroes its arrays)
	 * @param store     opens the store; null for none
	 */
	static SecretSource of(Map<String, char[]> overrides, StoreOpener store) {
		Map<String, char[]> copies = new LinkedHashMap<>();
		overrides.forEach((name, value) -> copies.put(name, value.clone()));
		StoreOpener once = store == null ? null : new StoreOpener() {
			private CredentialStore opened;
			private CredentialsException failed;

			@Override
			public synchronized CredentialStore open() throws CredentialsException {
				if (opened == null && failed == null) {
					try {
						opened = store.open();
					} catch (CredentialsException e) {
						failed = e;
					}
				}
				if (failed != null) {
					throw failed;
				}
				return opened;
			}
		};
		return key -> name -> {
			char[] override = copies.get(name);
			if (override != null) {
				return Optional.of(Arrays.copyOf(override, override.length));
			}
			if (once == null) {
				return Optional.empty();
			}
			try {
				return once.open().get(key, name);
			} catch (CredentialsException e) {
				throw new SecretsUnavailableException(e);
			}
		};
	}
}

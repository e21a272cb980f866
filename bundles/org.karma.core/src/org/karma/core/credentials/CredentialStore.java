package org.karma.core.credentials;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Secrets of endpoints (passwords, passphrases, tokens) by credential key and secret name. The
 * key is what {@link Credentials#key} makes of a URI (one per server account, e.g.
 * {@code ftp://ann@host:2121}); the name is the connector's secret option ({@code password}).
 * Values are {@code char[]}: callers zero them when done. Nothing here ever prints a value.
 */
public interface CredentialStore {

	/** Stores (or replaces) one secret; {@code value} is left to the caller to zero. */
	void set(String key, String secretName, char[] value) throws CredentialsException;

	/** A copy of one secret, which the caller zeroes when done. */
	Optional<char[]> get(String key, String secretName) throws CredentialsException;

	/** Removes every secret of a key; false when there was none. */
	boolean remove(String key) throws CredentialsException;

	/** The keys and the NAMES of their secrets (never the values), sorted. */
	SortedMap<String, List<String>> list() throws CredentialsException;

	/** The store of a home that has none yet: nothing stored, read-only. */
	CredentialStore EMPTY = new CredentialStore() {
		@Override
		public void set(String key, String secretName, char[] value) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public Optional<char[]> get(String key, String secretName) {
			return Optional.empty();
		}

		@Override
		public boolean remove(String key) {
			return false;
		}

		@Override
		public SortedMap<String, List<String>> list() {
			return new java.util.TreeMap<>();
		}
	};
}

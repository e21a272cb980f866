package org.karma.core.credentials;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The {@link CredentialStore} on Eclipse secure storage ({@code org.eclipse.equinox.security}) in
 * KARMA's own file ({@code $KARMA_HOME/secrets/secure_storage}), not the user's Eclipse default
 * storage. Layout: node {@code /karma/credentials/<key with slashes encoded>}, one encrypted
 * entry per secret name; node {@code /karma/check} holds an encrypted known value that tells a
 * wrong master password apart from a damaged entry.
 *
 * <p>Needs a running OSGi framework (the Equinox security bundle).
 */
public final class SecureStorageCredentials implements CredentialStore {

	private static final String ROOT = "karma/credentials";
	private static final String CHECK_NODE = "karma/check";
	private static final String CHECK_KEY = "value";
	private static final String CHECK_VALUE = "karma secure storage v1";

	private final Path file;
	private final ISecurePreferences preferences;
	private boolean checked;

	private SecureStorageCredentials(Path file, ISecurePreferences preferences) {
		this.file = file;
		this.preferences = preferences;
	}

	/**
	 * Opens (creating when missing) the storage file.
	 *
	 * @param file   the storage file, e.g. {@code $KARMA_HOME/secrets/secure_storage}
	 * @param master the master password source; empty = Equinox's own password providers
	 *               (the workbench), which may prompt only when {@code prompt} is true
	 * @param prompt whether Equinox may ask the user (never in a headless run)
	 * @throws CredentialsException NO_MASTER_PASSWORD when {@code master} is empty and no prompt is
	 *                              allowed; BAD_MASTER_PASSWORD_FILE; STORAGE
	 */
	public static SecureStorageCredentials open(Path file, Optional<MasterPassword> master, boolean prompt)
			throws CredentialsException {
		if (master.isEmpty() && !prompt) {
			throw new CredentialsException(CredentialsException.Kind.NO_MASTER_PASSWORD,
					"no master password for the credential store: " + MasterPassword.HOW, null);
		}
		Map<Object, Object> hints = new HashMap<>();
		hints.put(IProviderHints.PROMPT_USER, Boolean.valueOf(prompt));
		if (master.isPresent()) {
			char[] password = master.get().read();
			hints.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password));
			Arrays.fill(password, '\0');
		}
		URL url;
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			url = file.toAbsolutePath().toUri().toURL();
		} catch (IOException e) {
			throw new CredentialsException(CredentialsException.Kind.STORAGE,
					"cannot create the folder of the credential store " + file + ": " + e.getMessage(), e);
		}
		try {
			ISecurePreferences preferences = SecurePreferencesFactory.open(url, hints);
			if (preferences == null) {
				throw new CredentialsException(CredentialsException.Kind.STORAGE,
						"cannot open the credential store " + file, null);
			}
			return new SecureStorageCredentials(file, preferences);
		} catch (MalformedURLException e) {
			throw new CredentialsException(CredentialsException.Kind.STORAGE, "bad store location " + file, e);
		} catch (IOException e) {
			throw new CredentialsException(CredentialsException.Kind.STORAGE,
					"cannot open the credential store " + file + ": " + e.getMessage(), e);
		}
	}

	/** The storage file. */
	public Path file() {
		return file;
	}

	/**
	 * Checks the master password against the stored check value (writing it into a new store), so
	 * a wrong password is reported as such and never returns garbage as a secret.
	 */
	private void verify(boolean create) throws CredentialsException {
		if (checked) {
			return;
		}
		try {
			if (preferences.nodeExists(CHECK_NODE)) {
				String value = preferences.node(CHECK_NODE).get(CHECK_KEY, null);
				if (!CHECK_VALUE.equals(value)) {
					throw wrongPassword(null);
				}
			} else if (create) {
				preferences.node(CHECK_NODE).put(CHECK_KEY, CHECK_VALUE, true);
			} else {
				return; // an empty store: nothing to check yet
			}
			checked = true;
		} catch (StorageException e) {
			throw wrongPassword(e);
		}
	}

	private CredentialsException wrongPassword(StorageException cause) {
		return new CredentialsException(CredentialsException.Kind.WRONG_MASTER_PASSWORD,
				"the master password does not open the credential store " + file
						+ " (wrong password file? the store was created with another one)",
				cause);
	}

	@Override
	public synchronized void set(String key, String secretName, char[] value) throws CredentialsException {
		verify(true);
		try {
			node(key).put(secretName, new String(value), true);
			preferences.flush();
			restrict();
		} catch (StorageException e) {
			throw new CredentialsException(CredentialsException.Kind.STORAGE,
					"cannot encrypt the secret for " + key + ": " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CredentialsException(CredentialsException.Kind.STORAGE,
					"cannot write the credential store " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public synchronized Optional<char[]> get(String key, String secretName) throws CredentialsException {
		String path = path(key);
		if (!preferences.nodeExists(path)) {
			return Optional.empty();
		}
		verify(false);
		try {
			String value = preferences.node(path).get(secretName, null);
			return value == null ? Optional.empty() : Optional.of(value.toCharArray());
		} catch (StorageException e) {
			throw wrongPassword(e);
		}
	}

	@Override
	public synchronized boolean remove(String key) throws CredentialsException {
		String path = path(key);
		if (!preferences.nodeExists(path)) {
			return false;
		}
		verify(false);
		preferences.node(path).removeNode();
		try {
			preferences.flush();
			restrict();
		} catch (IOException e) {
			throw new CredentialsException(CredentialsException.Kind.STORAGE,
					"cannot write the credential store " + file + ": " + e.getMessage(), e);
		}
		return true;
	}

	@Override
	public synchronized SortedMap<String, List<String>> list() throws CredentialsException {
		SortedMap<String, List<String>> result = new TreeMap<>();
		if (!preferences.nodeExists(ROOT)) {
			return result;
		}
		verify(false);
		ISecurePreferences root = preferences.node(ROOT);
		for (String child : root.childrenNames()) {
			List<String> names = new ArrayList<>(Arrays.asList(root.node(child).keys()));
			names.sort(null);
			result.put(EncodingUtils.decodeSlashes(child), List.copyOf(names));
		}
		return result;
	}

	/** Owner-only access to the storage file and its folder where the file system has POSIX permissions. */
	private void restrict() {
		try {
			Files.setPosixFilePermissions(file.toAbsolutePath().getParent(),
					java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
			Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException | IOException e) {
			// not a POSIX file system (Windows: the user's profile folder is private already)
		}
	}

	private ISecurePreferences node(String key) {
		return preferences.node(path(key));
	}

	private static String path(String key) {
		return ROOT + "/" + EncodingUtils.encodeSlashes(key);
	}
}

package org.karma.core.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.karma.core.KarmaHome;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.credentials.SecretSource;
import org.karma.core.internal.AtomicFiles;
import org.karma.engine.integrity.SigningKeys;

/**
 * Where the Ed25519 key pair that signs manifests lives: by default the private key in
 * {@code $KARMA_HOME/keys/manifest-signing.key} (mode 0600, PKCS#8 PEM) with the public key beside it
 * ({@code .pub}); or, when asked, the private key in Eclipse secure storage and only the public key in
 * the file. Verification trusts the public key file, never the copy inside a signature file.
 */
public final class SigningKeyStore {

	/** The secure storage entry of a private key kept there. */
	public static final String SECURE_STORAGE_KEY = "karma-check:manifest-signing-key";
	static final String PRIVATE_SECRET = "private-key";

	private static final String FILE_NAME = "manifest-signing.key";
	private static final String PUB = ".pub";
	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private final Path folder;
	private final SecretSource.StoreOpener secureStorage;

	/**
	 * @param secureStorage opens the credential store when a private key kept there is needed; null for none
	 */
	public SigningKeyStore(Path folder, SecretSource.StoreOpener secureStorage) {
		this.folder = folder;
		this.secureStorage = secureStorage;
	}

	public static SigningKeyStore of(KarmaHome home, SecretSource.StoreOpener secureStorage) {
		return new SigningKeyStore(home.root().resolve("keys"), secureStorage);
	}

	public Path defaultPrivateFile() {
		return folder.resolve(FILE_NAME);
	}

	public Path defaultPublicFile() {
		return publicFileOf(defaultPrivateFile());
	}

	public static Path publicFileOf(Path privateFile) {
		return privateFile.resolveSibling(privateFile.getFileName() + PUB);
	}

	/** A new key pair, and where its halves went. */
	public record Generated(String fingerprint, Path publicFile, String privateLocation) {
	}

	/**
	 * Creates a key pair.
	 *
	 * @param privateFile   where the private key goes; empty for the default file
	 * @param secureStorage keep the private key in secure storage instead of a file (the public key still goes to a file)
	 * @param force         replace an existing key (manifests signed by the old key then need its public key to verify)
	 */
	public Generated generate(Optional<Path> privateFile, boolean secureStorage, boolean force) throws IntegrityException {
		Path file = privateFile.orElse(defaultPrivateFile()).toAbsolutePath();
		Path pub = publicFileOf(file);
		if (!force && (Files.exists(file) || Files.exists(pub))) {
			throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "a signing key already exists at "
					+ (Files.exists(file) ? file : pub) + "; manifests signed with it need it to verify. Pass --force to replace it");
		}
		KeyPair keys = SigningKeys.generate();
		String fingerprint = SigningKeys.fingerprint(keys.getPublic());
		try {
			Files.createDirectories(file.getParent());
			String location;
			if (secureStorage) {
				CredentialStore store = openStore();
				char[] pem = SigningKeys.privatePem(keys.getPrivate()).toCharArray();
				try {
					store.set(SECURE_STORAGE_KEY, PRIVATE_SECRET, pem);
				} finally {
					Arrays.fill(pem, '\0');
				}
				Files.deleteIfExists(file);
				location = "secure storage (" + SECURE_STORAGE_KEY + ")";
			} else {
				writeOwnerOnly(file, SigningKeys.privatePem(keys.getPrivate()).getBytes(StandardCharsets.US_ASCII));
				location = file.toString();
			}
			AtomicFiles.write(pub, SigningKeys.publicPem(keys.getPublic()).getBytes(StandardCharsets.US_ASCII));
			return new Generated(fingerprint, pub, location);
		} catch (IOException e) {
			throw new IntegrityException(IntegrityException.Kind.FAILED, "cannot write the key to " + file + ": " + e.getMessage(), e);
		} catch (CredentialsException e) {
			throw new IntegrityException(IntegrityException.Kind.FAILED, "cannot store the key in secure storage: " + e.getMessage(), e);
		}
	}

	private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
		Path temp = file.resolveSibling("." + file.getFileName() + ".tmp-" + Long.toHexString(System.nanoTime()));
		try {
			try {
				Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			} catch (UnsupportedOperationException e) {
				Files.createFile(temp); // not a POSIX file system: its own access rules apply
			}
			Files.write(temp, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
			Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (FileAlreadyExistsException e) {
			throw new IOException("a temporary file is in the way: " + temp, e);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * The key pair to sign with: the given private key file (its public key beside it), else the
	 * default file, else the one in secure storage when the default public key file says there is one.
	 *
	 * @return empty when there is no key at all (only when none was named)
	 */
	public Optional<KeyPair> signingKey(Optional<Path> privateFile) throws IntegrityException {
		if (privateFile.isPresent()) {
			Path file = privateFile.get().toAbsolutePath();
			if (!Files.isRegularFile(file)) {
				throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "no key file " + file);
			}
			return Optional.of(new KeyPair(publicKey(publicFileOf(file)), privateKey(file)));
		}
		Path file = defaultPrivateFile();
		if (Files.isRegularFile(file)) {
			return Optional.of(new KeyPair(publicKey(defaultPublicFile()), privateKey(file)));
		}
		if (!Files.isRegularFile(defaultPublicFile()) || secureStorage == null) {
			return Optional.empty();
		}
		PublicKey pub = publicKey(defaultPublicFile());
		try {
			Optional<char[]> pem = openStore().get(SECURE_STORAGE_KEY, PRIVATE_SECRET);
			if (pem.isEmpty()) {
				throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "the public key " + defaultPublicFile()
						+ " has no private key: neither " + file + " nor secure storage holds one (karma check keygen --force)");
			}
			try {
				return Optional.of(new KeyPair(pub, SigningKeys.readPrivate(new String(pem.get()))));
			} finally {
				Arrays.fill(pem.get(), '\0');
			}
		} catch (CredentialsException e) {
			throw new IntegrityException(IntegrityException.Kind.FAILED, "cannot read the signing key from secure storage: "
					+ e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "the signing key in secure storage is unreadable: "
					+ e.getMessage(), e);
		}
	}

	/** The public key verification trusts: the given file, else this home's own public key; empty when neither exists. */
	public Optional<PublicKey> trustedKey(Optional<Path> publicFile) throws IntegrityException {
		if (publicFile.isPresent()) {
			return Optional.of(publicKey(publicFile.get().toAbsolutePath()));
		}
		return Files.isRegularFile(defaultPublicFile()) ? Optional.of(publicKey(defaultPublicFile())) : Optional.empty();
	}

	private CredentialStore openStore() throws CredentialsException, IntegrityException {
		if (secureStorage == null) {
			throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "secure storage is not available here");
		}
		return secureStorage.open();
	}

	private static PublicKey publicKey(Path file) throws IntegrityException {
		try {
			return SigningKeys.readPublic(Files.readString(file, StandardCharsets.US_ASCII));
		} catch (IOException e) {
			throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "cannot read the public key " + file + ": "
					+ (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
		} catch (IllegalArgumentException e) {
			throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, file + ": " + e.getMessage(), e);
		}
	}

	private static PrivateKey privateKey(Path file) throws IntegrityException {
		try {
			Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
			if (!OWNER_ONLY.containsAll(mode)) {
				throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "the private key " + file
						+ " can be read by others (mode " + PosixFilePermissions.toString(mode) + "); run: chmod 600 " + file);
			}
		} catch (UnsupportedOperationException e) {
			// not POSIX
		} catch (IOException e) {
			throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "cannot read the private key " + file + ": " + e.getMessage(), e);
		}
		try {
			return SigningKeys.readPrivate(Files.readString(file, StandardCharsets.US_ASCII));
		} catch (IOException e) {
			throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, "cannot read the private key " + file + ": " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new IntegrityException(IntegrityException.Kind.BAD_INPUT, file + ": " + e.getMessage(), e);
		}
	}
}

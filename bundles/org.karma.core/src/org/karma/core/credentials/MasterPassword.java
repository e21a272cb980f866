package org.karma.core.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the master password of the secure storage comes from in a headless run: a file given as
 * {@code -eclipse.password FILE} on the command line (the argument Equinox itself reads for its
 * default storage), else the file named by {@code KARMA_SECRETS_PASSWORD_FILE}. The file's lines
 * are joined without separators, as Equinox does, so a trailing newline does not matter.
 */
public final class MasterPassword {

	/** The command-line argument (followed by the file). */
	public static final String ARGUMENT = "-eclipse.password";
	/** The environment variable naming the file. */
	public static final String ENVIRONMENT = "KARMA_SECRETS_PASSWORD_FILE";

	/** The one-line hint shown whenever no master password source is configured. */
	public static final String HOW = "pass '" + ARGUMENT + " FILE' to karma or set " + ENVIRONMENT
			+ "=FILE (a file holding the master password; see docs/credentials.md)";

	private final Path file;
	private final String origin;
	/** The password itself when it was typed (the workbench asks once per session); else null. */
	private final char[] value;

	private MasterPassword(Path file, String origin) {
		this(file, origin, null);
	}

	private MasterPassword(Path file, String origin, char[] value) {
		this.file = file;
		this.origin = origin;
		this.value = value;
	}

	/**
	 * The configured source: the command-line file first, then the environment's.
	 *
	 * @param argumentFile the file of {@code -eclipse.password}, or null
	 * @param environment  reads environment variables (System::getenv, or a map in tests)
	 */
	public static Optional<MasterPassword> resolve(Path argumentFile, Function<String, String> environment) {
		if (argumentFile != null) {
			return Optional.of(new MasterPassword(argumentFile, ARGUMENT));
		}
		String fromEnv = environment.apply(ENVIRONMENT);
		if (fromEnv != null && !fromEnv.isBlank()) {
			return Optional.of(new MasterPassword(Path.of(fromEnv), ENVIRONMENT));
		}
		return Optional.empty();
	}

	/** A source reading the given file (tests, and the workbench's own setting later). */
	public static MasterPassword ofFile(Path file) {
		return new MasterPassword(file, "file");
	}

	/**
	 * A password the user typed (the workbench asks once per session when no file is configured).
	 * The array is copied; the caller zeroes its own.
	 *
	 * @throws IllegalArgumentException when the password is empty
	 */
	public static MasterPassword ofValue(char[] password) {
		if (password.length == 0) {
			throw new IllegalArgumentException("the master password is empty");
		}
		return new MasterPassword(null, "typed", password.clone());
	}

	/** The file, or null for a typed password. */
	public Path file() {
		return file;
	}

	/** Reads the password; the caller zeroes the array. */
	char[] read() throws CredentialsException {
		if (value != null) {
			return value.clone();
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new CredentialsException(CredentialsException.Kind.BAD_MASTER_PASSWORD_FILE,
					"cannot read the master password file " + file + " (" + origin + "): " + e.getClass().getSimpleName()
							+ (e.getMessage() == null ? "" : " " + e.getMessage()),
					e);
		}
		try {
			char[] decoded = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).array();
			// drop line breaks (Equinox joins the file's lines) and the decoder's padding
			int length = 0;
			char[] joined = new char[decoded.length];
			for (char c : decoded) {
				if (c != '\n' && c != '\r' && c != '\0') {
					joined[length++] = c;
				}
			}
			Arrays.fill(decoded, '\0');
			char[] password = Arrays.copyOf(joined, length);
			Arrays.fill(joined, '\0');
			if (password.length == 0) {
				throw new CredentialsException(CredentialsException.Kind.BAD_MASTER_PASSWORD_FILE,
						"the master password file " + file + " (" + origin + ") is empty", null);
			}
			return password;
		} finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}

	@Override
	public String toString() {
		return value != null ? "the master password typed in this session" : file + " (" + origin + ")";
	}
}

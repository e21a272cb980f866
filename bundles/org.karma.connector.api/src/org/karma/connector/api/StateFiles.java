package org.karma.connector.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * Where and how connectors keep state between runs (journals of unfinished uploads, known server
 * certificates): below {@code $KARMA_HOME/state} ({@code ~/.karma/state} without KARMA_HOME), in
 * small properties files written atomically and readable by their owner only.
 */
public final class StateFiles {

	private StateFiles() {
	}

	/** {@code $KARMA_HOME/state/<name>} ({@code ~/.karma/state/<name>} without KARMA_HOME). */
	public static Path folder(String name) {
		String home = System.getenv("KARMA_HOME");
		Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".karma");
		return base.resolve("state").resolve(name);
	}

	/** The properties of a file; empty when it is missing or unreadable. */
	public static Optional<Properties> read(Path file) {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return Optional.of(p);
		} catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * Writes properties to {@code target}: to a temporary file beside it, then renamed over it, so a
	 * process killed at any moment leaves the previous or the next content, never half of one. The
	 * folder is made when missing (mode 700), the file has mode 600 (where the file system has POSIX
	 * permissions).
	 *
	 * @return false when it could not be written (nothing is left behind then)
	 */
	public static boolean write(Path target, Properties properties, String comment) {
		Path folder = target.toAbsolutePath().getParent();
		Path temp = null;
		try {
			Files.createDirectories(folder);
			restrict(folder, "rwx------");
			temp = Files.createTempFile(folder, ".state-", ".tmp");
			restrict(temp, "rw-------");
			try (OutputStream out = Files.newOutputStream(temp)) {
				properties.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), comment);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return true;
		} catch (IOException e) {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// nothing more to do
				}
			}
			return false;
		}
	}

	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		} catch (UnsupportedOperationException notPosix) {
			// Windows: the folder is in the user's profile
		}
	}
}

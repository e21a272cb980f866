package org.karma.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where KARMA keeps its machine state: profiles, base snapshots, history, logs. One root,
 * {@code $KARMA_HOME} when set, else {@code ~/.karma}. Every later store takes its folder from
 * here so that one variable moves all state (tests point it at a temporary folder).
 *
 * <p>The environment and the user's home are passed in, never read globally, so callers and
 * tests decide what "the environment" is.
 */
public final class KarmaHome {

	/** Environment variable that moves all KARMA state. */
	public static final String ENV_VARIABLE = "KARMA_HOME";

	private final Path root;

	private KarmaHome(Path root) {
		this.root = root;
	}

	/** A home rooted at an explicit folder (made absolute and normalized). */
	public static KarmaHome at(Path root) {
		return new KarmaHome(Objects.requireNonNull(root, "root").toAbsolutePath().normalize());
	}

	/**
	 * Resolves the home from an environment and the user's home folder.
	 *
	 * @throws IllegalArgumentException when {@code KARMA_HOME} is set but is not a usable path
	 *         (empty, relative or malformed); the message names the variable and the value
	 */
	public static KarmaHome resolve(Map<String, String> environment, String userHome) {
		String configured = environment.get(ENV_VARIABLE);
		if (configured != null) {
			if (configured.isBlank()) {
				throw new IllegalArgumentException(ENV_VARIABLE + " is set but empty");
			}
			Path path;
			try {
				path = Path.of(configured);
			} catch (InvalidPathException e) {
				throw new IllegalArgumentException(ENV_VARIABLE + " is not a valid path: '" + configured + "'", e);
			}
			if (!path.isAbsolute()) {
				throw new IllegalArgumentException(ENV_VARIABLE + " must be an absolute path, got '" + configured + "'");
			}
			return at(path);
		}
		if (userHome == null || userHome.isBlank()) {
			throw new IllegalArgumentException("cannot locate the user's home folder; set " + ENV_VARIABLE);
		}
		return at(Path.of(userHome, ".karma"));
	}

	/** The home of this process: {@code System.getenv()} and {@code user.home}. */
	public static KarmaHome ofCurrentProcess() {
		return resolve(System.getenv(), System.getProperty("user.home"));
	}

	public Path root() {
		return root;
	}

	/** Folder of the sync profiles (XMI files). */
	public Path profiles() {
		return root.resolve("profiles");
	}

	/** Folder of machine state: base snapshots, journals, the history database. */
	public Path state() {
		return root.resolve("state");
	}

	/** Folder of run logs. */
	public Path logs() {
		return root.resolve("logs");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KarmaHome home && home.root.equals(root);
	}

	@Override
	public int hashCode() {
		return root.hashCode();
	}

	@Override
	public String toString() {
		return root.toString();
	}
}

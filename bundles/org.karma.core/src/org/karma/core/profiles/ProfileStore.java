package org.karma.core.profiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.karma.core.internal.AtomicFiles;
import org.karma.model.OptionCatalog;
import org.karma.model.ProfileFormatException;
import org.karma.model.ProfileResources;
import org.karma.model.ProfileValidator;
import org.karma.model.Profiles;
import org.karma.model.profile.SyncProfile;

/**
 * The sync profiles of a user: one XMI file {@code NAME.karma} per profile in one folder
 * (normally {@code $KARMA_HOME/profiles}). Saves are atomic; loading all profiles reports each
 * unreadable file on its own and never lets one bad file hide the others; only valid profiles are
 * ever written.
 */
public final class ProfileStore {

	private static final String SUFFIX = "." + ProfileResources.FILE_EXTENSION;

	private final Path directory;
	private final OptionCatalog catalog;

	/** A profile that loaded, with its file. */
	public record Entry(SyncProfile profile, Path file) {
	}

	/** A file that did not load as a profile. */
	public record Problem(Path file, String message) {
	}

	/** Everything found in the store: the profiles that loaded (sorted by name) and the files that did not. */
	public record Contents(List<Entry> profiles, List<Problem> problems) {
	}

	public ProfileStore(Path directory, OptionCatalog catalog) {
		this.directory = Objects.requireNonNull(directory).toAbsolutePath().normalize();
		this.catalog = Objects.requireNonNull(catalog);
	}

	public Path directory() {
		return directory;
	}

	/** The file a profile of this name lives in. */
	public Path fileOf(String name) {
		if (name == null || !Profiles.NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + name + "' is not a valid profile name");
		}
		return directory.resolve(name + SUFFIX);
	}

	/** Loads every profile; a missing folder is an empty store. */
	public Contents loadAll() throws ProfileStoreException {
		List<Entry> profiles = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return new Contents(profiles, problems);
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
			stream.forEach(files::add);
		} catch (IOException e) {
			throw new ProfileStoreException(ProfileStoreException.Reason.IO,
					"cannot list the profile folder " + directory + ": " + e.getMessage(), List.of(), e);
		}
		files.sort(null);
		for (Path file : files) {
			if (AtomicFiles.isTemporary(file) || !Files.isRegularFile(file)) {
				continue;
			}
			try {
				profiles.add(new Entry(loadFile(file), file));
			} catch (ProfileStoreException e) {
				problems.add(new Problem(file, e.getMessage()));
			}
		}
		profiles.sort((a, b) -> a.profile().getName().compareToIgnoreCase(b.profile().getName()));
		return new Contents(profiles, problems);
	}

	/** Loads the profile of this name. */
	public SyncProfile load(String name) throws ProfileStoreException {
		Path file = existingFile(name);
		return loadFile(file);
	}

	private Path existingFile(String name) throws ProfileStoreException {
		Path file;
		try {
			file = fileOf(name);
		} catch (IllegalArgumentException e) {
			throw new ProfileStoreException(ProfileStoreException.Reason.NOT_FOUND,
					"no profile named '" + name + "' (see 'karma profile list')");
		}
		if (!Files.isRegularFile(file)) {
			throw new ProfileStoreException(ProfileStoreException.Reason.NOT_FOUND,
					"no profile named '" + name + "' (see 'karma profile list')");
		}
		return file;
	}

	private SyncProfile loadFile(Path file) throws ProfileStoreException {
		SyncProfile profile = readFile(file);
		String expected = file.getFileName().toString();
		expected = expected.substring(0, expected.length() - SUFFIX.length());
		if (!expected.equals(profile.getName())) {
			throw new ProfileStoreException(ProfileStoreException.Reason.UNREADABLE, file.getFileName()
					+ ": holds profile '" + profile.getName() + "'; the file must be named " + profile.getName() + SUFFIX);
		}
		return profile;
	}

	/** Reads any profile file (also outside the store), migrating older formats. */
	public SyncProfile readFile(Path file) throws ProfileStoreException {
		byte[] data;
		try {
			data = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ProfileStoreException(ProfileStoreException.Reason.NOT_FOUND, file + ": no such file");
		} catch (IOException e) {
			throw new ProfileStoreException(ProfileStoreException.Reason.IO, file + ": cannot read: " + e.getMessage(),
					List.of(), e);
		}
		try {
			return ProfileResources.read(data, file.getFileName().toString());
		} catch (ProfileFormatException e) {
			throw new ProfileStoreException(ProfileStoreException.Reason.UNREADABLE, e.getMessage(), List.of(e.getMessage()), e);
		}
	}

	/** Validation messages of a profile against this store's connector catalog (empty: valid). */
	public List<String> validate(SyncProfile profile) {
		return ProfileValidator.messages(ProfileValidator.validate(profile, catalog));
	}

	/** Saves a new profile; fails if one of that name exists. */
	public Path create(SyncProfile profile) throws ProfileStoreException {
		requireValid(profile);
		if (Files.exists(fileOf(profile.getName()))) {
			throw new ProfileStoreException(ProfileStoreException.Reason.ALREADY_EXISTS, "a profile named '"
					+ profile.getName() + "' exists already (see 'karma profile show " + profile.getName() + "')");
		}
		return write(profile);
	}

	/** Saves a profile, replacing the stored one of the same name. Invalid profiles are refused. */
	public Path save(SyncProfile profile) throws ProfileStoreException {
		requireValid(profile);
		return write(profile);
	}

	private void requireValid(SyncProfile profile) throws ProfileStoreException {
		List<String> problems = validate(profile);
		if (!problems.isEmpty()) {
			throw new ProfileStoreException(ProfileStoreException.Reason.INVALID, problems.get(0), problems, null);
		}
	}

	private Path write(SyncProfile profile) throws ProfileStoreException {
		Path file = fileOf(profile.getName());
		writeTo(profile, file);
		return file;
	}

	private static void writeTo(SyncProfile profile, Path file) throws ProfileStoreException {
		try {
			AtomicFiles.write(file, ProfileResources.write(profile));
		} catch (IOException e) {
			throw new ProfileStoreException(ProfileStoreException.Reason.IO, "cannot write " + file + ": " + e, List.of(), e);
		}
	}

	/** Deletes the profile of this name. */
	public void remove(String name) throws ProfileStoreException {
		Path file = existingFile(name);
		try {
			Files.delete(file);
		} catch (IOException e) {
			throw new ProfileStoreException(ProfileStoreException.Reason.IO, "cannot delete " + file + ": " + e, List.of(), e);
		}
	}

	/** Writes a stored profile to a file of the user's choice (current format, atomically). */
	public void exportTo(String name, Path file) throws ProfileStoreException {
		writeTo(load(name), file);
	}

	/**
	 * Reads a profile file (any supported format version), validates it and stores it under its
	 * own name.
	 *
	 * @param replace whether an existing profile of that name may be replaced
	 */
	public SyncProfile importFrom(Path file, boolean replace) throws ProfileStoreException {
		SyncProfile profile = readFile(file);
		requireValid(profile);
		if (!replace && Files.exists(fileOf(profile.getName()))) {
			throw new ProfileStoreException(ProfileStoreException.Reason.ALREADY_EXISTS, "a profile named '"
					+ profile.getName() + "' exists already; use --replace to overwrite it");
		}
		write(profile);
		return profile;
	}
}

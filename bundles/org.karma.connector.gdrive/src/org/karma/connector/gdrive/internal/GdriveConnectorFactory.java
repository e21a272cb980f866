package org.karma.connector.gdrive.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.RelPath;

import com.google.api.client.util.Sleeper;

/**
 * Google Drive (scheme {@code gdrive}, {@code gdrive:/folder/in/my/drive}; with the option
 * {@code drive}, a folder of a shared drive) on google-api-services-drive v3. Registered as a declarative services component ({@code OSGI-INF/org.karma.connector.gdrive.xml}).
 * See {@code docs/connectors/gdrive.md}.
 */
public final class GdriveConnectorFactory implements ConnectorFactory {

	public static final String DEFAULT_ROOT_URL = "https://www.googleapis.com/";
	public static final String DEFAULT_TOKEN_URL = "https://oauth2.googleapis.com/token";

	public static final ConnectorOption CLIENT_ID = ConnectorOption.string("client_id", null,
			"OAuth client id of your Google Cloud project (installed app); needed to refresh the access token.");
	public static final ConnectorOption ROOT_URL = ConnectorOption.string("root_url", DEFAULT_ROOT_URL,
			"Base URL of the Drive API (tests point it at a local server; plain http only on loopback).");
	public static final ConnectorOption TOKEN_URL = ConnectorOption.string("token_url", DEFAULT_TOKEN_URL,
			"OAuth token endpoint used to refresh the access token (plain http only on loopback).");
	public static final ConnectorOption UPLOAD_CUTOFF = ConnectorOption.integer("upload_cutoff", String.valueOf(8 << 20),
			"Files up to this many bytes are sent in one request; larger ones as resumable uploads in chunks.");
	public static final ConnectorOption CHUNK_SIZE = ConnectorOption.integer("chunk_size", String.valueOf(8 << 20),
			"Bytes per request of a resumable upload (a multiple of 256 KiB).");
	public static final ConnectorOption CONCURRENCY = ConnectorOption.integer("concurrency", "4",
			"How many Drive requests KARMA runs at the same time on this location.");
	public static final ConnectorOption USE_TRASH = ConnectorOption.bool("use_trash", "true",
			"Deleted files and folders go to the Drive trash (false: deleted for good).");
	public static final ConnectorOption MAX_RETRIES = ConnectorOption.integer("max_retries", "5",
			"How often a request answered 429 or 5xx is tried again (after Retry-After or a growing pause).");
	public static final ConnectorOption POLL_INTERVAL = ConnectorOption.string("poll_interval", "10s",
			"How often a watched folder asks Drive for its changes (changes.list): 10s, 1m, 500ms; a number alone is seconds.");
	public static final ConnectorOption DRIVE = ConnectorOption.string("drive", null,
			"A shared drive (its id, or its name if no other shared drive has it) instead of My Drive; the location's folders are in it.");
	public static final ConnectorOption ACCESS_TOKEN = ConnectorOption.secret("access_token",
			"OAuth 2 access token (short-lived; refreshed with the refresh token when it expires).");
	public static final ConnectorOption REFRESH_TOKEN = ConnectorOption.secret("refresh_token",
			"OAuth 2 refresh token of the Google account.");
	public static final ConnectorOption CLIENT_SECRET = ConnectorOption.secret("client_secret",
			"OAuth client secret of your Google Cloud project (installed apps have one too).");

	/**
	 * The client id as {@code karma credentials login gdrive} stores it, beside the refresh token;
	 * used when the endpoint has no {@link #CLIENT_ID} option (not declared as an option: the same
	 * key is the plain option, which wins).
	 */
	static final ConnectorOption STORED_CLIENT_ID = ConnectorOption.secret("client_id",
			"The OAuth client id stored by 'karma credentials login gdrive'.");

	/** Journals older than this are swept when connecting: Drive forgets an upload session after a week. */
	private static final java.time.Duration STALE_JOURNAL = java.time.Duration.ofDays(7);

	private final Sleeper sleeper;
	private final java.nio.file.Path journals;
	/** Locks shared by every connection this factory makes (see {@link KeyLocks}). */
	private final KeyLocks locks = new KeyLocks();

	/** The service: journals of unfinished resumable uploads in $KARMA_HOME/state/gdrive-uploads. */
	public GdriveConnectorFactory() {
		this(Sleeper.DEFAULT);
	}

	/** For tests: a sleeper that records the pauses between retries instead of sleeping. */
	public GdriveConnectorFactory(Sleeper sleeper) {
		this(sleeper, UploadJournal.defaultFolder());
	}

	/** For tests: also another folder for the journals of resumable uploads. */
	public GdriveConnectorFactory(Sleeper sleeper, java.nio.file.Path journals) {
		this.sleeper = sleeper;
		this.journals = journals;
	}

	@Override
	public Set<String> schemes() {
		return Set.of("gdrive");
	}

	@Override
	public String displayName() {
		return "Google Drive";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(CLIENT_ID, DRIVE, ROOT_URL, TOKEN_URL, UPLOAD_CUTOFF, CHUNK_SIZE, CONCURRENCY, USE_TRASH, MAX_RETRIES,
				POLL_INTERVAL, ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET);
	}

	/** One Google account per KARMA installation in this version: every gdrive location shares its tokens. */
	@Override
	public String credentialKey(String location) throws ConnectorException {
		folders(location);
		return "gdrive:";
	}

	/** The folder names of a {@code gdrive:/a/b} location (empty for {@code gdrive:/} or {@code gdrive:}). */
	static List<String> folders(String location) throws ConnectorException {
		if (!location.startsWith("gdrive:")) {
			throw fatal("not a Google Drive location: " + location + " (expected gdrive:/folder/in/my/drive)");
		}
		String path = location.substring("gdrive:".length());
		if (path.startsWith("//")) {
			throw fatal("gdrive locations have no host: write gdrive:/folder, not " + location);
		}
		List<String> names = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			if (segment.equals(".") || segment.equals("..")) {
				throw fatal("'" + segment + "' is not allowed in a gdrive location: " + location);
			}
			names.add(segment);
		}
		return names;
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		List<String> folders = folders(spec.location());
		String rootUrl = url(spec, ROOT_URL);
		String tokenUrl = url(spec, TOKEN_URL);
		if (!rootUrl.endsWith("/")) {
			rootUrl += "/";
		}
		int cutoff = spec.positiveInt(UPLOAD_CUTOFF);
		int chunk = spec.positiveInt(CHUNK_SIZE);
		if (chunk % (256 * 1024) != 0) {
			throw fatal("option chunk_size must be a multiple of 262144 (256 KiB), not " + chunk);
		}
		int concurrency = spec.positiveInt(CONCURRENCY);
		boolean trash = spec.bool(USE_TRASH);
		int retries = spec.positiveInt(MAX_RETRIES);
		java.time.Duration pollInterval = spec.positiveDuration(POLL_INTERVAL);
		String sharedDrive = spec.option(DRIVE);
		if (sharedDrive != null && sharedDrive.isBlank()) {
			sharedDrive = null;
		}
		String access = secret(spec, ACCESS_TOKEN);
		String refresh = secret(spec, REFRESH_TOKEN);
		String clientSecret = secret(spec, CLIENT_SECRET);
		String clientId = spec.option(CLIENT_ID);
		if (clientId == null || clientId.isBlank()) {
			// 'karma credentials login gdrive' stores the client id beside the refresh token
			clientId = secret(spec, STORED_CLIENT_ID);
		}
		if (access == null && refresh == null) {
			throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT,
					"no Google Drive token stored: store an access_token or refresh_token for gdrive: (karma credentials set gdrive: ...)");
		}
		if (refresh != null && (clientId == null || clientId.isBlank())) {
			throw fatal("a refresh token needs the OAuth client it was issued to: the option client_id, or log in with"
					+ " 'karma credentials login gdrive --client-id ID' (it stores the client id)");
		}
		DriveSettings settings = new DriveSettings(rootUrl, tokenUrl, clientId, clientSecret, access, refresh, cutoff, chunk,
				concurrency, trash, retries, sleeper, pollInterval, sharedDrive == null ? null : sharedDrive.trim(), journals);
		UploadJournal.sweep(journals, STALE_JOURNAL);
		return GdriveConnection.open(settings, folders, locks, monitor);
	}

	private static String url(ConnectionSpec spec, ConnectorOption option) throws ConnectorException {
		String value = spec.option(option).trim();
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost() == null ? "" : uri.getHost();
			boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1");
			if (scheme.equals("https") || (scheme.equals("http") && loopback)) {
				return value;
			}
		} catch (URISyntaxException e) {
			// below
		}
		throw fatal("option " + option.key() + " must be an https URL (http only on loopback), not '" + value + "'");
	}

	private static String secret(ConnectionSpec spec, ConnectorOption option) {
		return spec.secrets().get(option.key()).map(String::new).filter(s -> !s.isBlank()).orElse(null);
	}

	static ConnectorException fatal(String message) {
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, message);
	}
}

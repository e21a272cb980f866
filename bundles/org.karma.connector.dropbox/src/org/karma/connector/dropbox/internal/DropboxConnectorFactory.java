package org.karma.connector.dropbox.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.RelPath;

import com.dropbox.core.DbxRequestConfig;
import com.dropbox.core.http.HttpRequestor;
import com.dropbox.core.http.StandardHttpRequestor;
import com.dropbox.core.oauth.DbxCredential;
import com.dropbox.core.v2.DbxClientV2;

/**
 * Dropbox (scheme {@code dropbox}) on the Dropbox Core SDK: {@code dropbox:/folder}. Registered as
 * a declarative services component ({@code OSGI-INF/org.karma.connector.dropbox.xml}). See
 * {@code docs/connectors/dropbox.md}.
 */
public final class DropboxConnectorFactory implements ConnectorFactory {

	/** Largest single {@code files/upload} Dropbox accepts, in MiB. */
	static final int MAX_SINGLE_UPLOAD_MB = 150;

	public static final ConnectorOption ACCESS_TOKEN = ConnectorOption.secret("access_token",
			"A Dropbox access token (short-lived ones expire after 4 hours; prefer refresh_token with app_key).");
	public static final ConnectorOption REFRESH_TOKEN = ConnectorOption.secret("refresh_token",
			"A Dropbox refresh token (OAuth 2 with PKCE); KARMA gets access tokens with it as needed.");
	public static final ConnectorOption APP_KEY = ConnectorOption.secret("app_key",
			"The app key of the Dropbox app the refresh token was issued to.");
	public static final ConnectorOption UPLOAD_THRESHOLD = ConnectorOption.integer("upload_threshold_mb", "16",
			"Files larger than this many MiB (at most 150) are sent through an upload session in chunks.");
	public static final ConnectorOption CHUNK = ConnectorOption.integer("chunk_mb", "16",
			"Size of one upload-session chunk in MiB (held in memory per running upload).");
	public static final ConnectorOption CONCURRENCY = ConnectorOption.integer("concurrency", "4",
			"How many Dropbox calls KARMA makes at the same time.");
	public static final ConnectorOption RETRIES = ConnectorOption.integer("retries", "3",
			"How often a call answered with 429 (rate limit) or 503 is tried again after the time Dropbox asks for.");

	private static final String CLIENT_ID = "KARMA/0.1";

	private final HttpRequestor requestor;
	private final HttpRequestor longpollRequestor;
	/** Why the test-only endpoint variables cannot be used (every connect fails with it), or null. */
	private final String environmentProblem;

	/**
	 * The service: the SDK's standard HTTP requestor (HttpsURLConnection, Dropbox's pinned
	 * certificates); long polls get one whose read timeout outlasts the poll plus the up to 90 s
	 * Dropbox adds. FOR TESTS ONLY, {@value RedirectingRequestor#ENDPOINT_VARIABLE} and
	 * {@value RedirectingRequestor#TRUST_VARIABLE} send every call to a local fake instead.
	 */
	public DropboxConnectorFactory() {
		this(System::getenv);
	}

	/**
	 * As the service, with the environment the test-only variables are read from (see
	 * {@link RedirectingRequestor.Target#fromEnvironment}).
	 */
	public DropboxConnectorFactory(Function<String, String> environment) {
		StandardHttpRequestor.Config longpoll = StandardHttpRequestor.Config.builder()
				.withReadTimeout(DropboxWatch.LONGPOLL_SECONDS + 150, TimeUnit.SECONDS).build();
		HttpRequestor calls = StandardHttpRequestor.INSTANCE;
		HttpRequestor polls = new StandardHttpRequestor(longpoll);
		String problem = null;
		try {
			Optional<RedirectingRequestor.Target> target = RedirectingRequestor.Target.fromEnvironment(environment);
			if (target.isPresent()) {
				calls = new RedirectingRequestor(target.get(), StandardHttpRequestor.Config.DEFAULT_INSTANCE);
				polls = new RedirectingRequestor(target.get(), longpoll);
			}
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		this.requestor = calls;
		this.longpollRequestor = polls;
		this.environmentProblem = problem;
	}

	/** For tests: another HTTP requestor (one that sends the calls to a local fake of the API). */
	public DropboxConnectorFactory(HttpRequestor requestor) {
		this.requestor = requestor;
		this.longpollRequestor = requestor;
		this.environmentProblem = null;
	}

	@Override
	public Set<String> schemes() {
		return Set.of(DropboxLocation.SCHEME);
	}

	@Override
	public String displayName() {
		return "Dropbox";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(UPLOAD_THRESHOLD, CHUNK, CONCURRENCY, RETRIES, ACCESS_TOKEN, REFRESH_TOKEN, APP_KEY);
	}

	/** One account: every Dropbox folder shares the tokens stored under {@code dropbox:/}. */
	@Override
	public String credentialKey(String location) throws ConnectorException {
		DropboxLocation.parse(location);
		return DropboxLocation.SCHEME + ":/";
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		if (environmentProblem != null) {
			throw new ConnectorException(Reason.FATAL, RelPath.ROOT, environmentProblem);
		}
		DropboxLocation location = DropboxLocation.parse(spec.location());
		int thresholdMb = spec.positiveInt(UPLOAD_THRESHOLD);
		if (thresholdMb > MAX_SINGLE_UPLOAD_MB) {
			throw new ConnectorException(Reason.FATAL, RelPath.ROOT, "option upload_threshold_mb must be at most "
					+ MAX_SINGLE_UPLOAD_MB + " (Dropbox's limit for one upload), not " + thresholdMb);
		}
		int chunkMb = spec.positiveInt(CHUNK);
		if (chunkMb > MAX_SINGLE_UPLOAD_MB) {
			throw new ConnectorException(Reason.FATAL, RelPath.ROOT, "option chunk_mb must be at most "
					+ MAX_SINGLE_UPLOAD_MB + ", not " + chunkMb);
		}
		int concurrency = spec.positiveInt(CONCURRENCY);
		int retries = nonNegative(spec, RETRIES);
		DbxRequestConfig.Builder builder = DbxRequestConfig.newBuilder(CLIENT_ID).withHttpRequestor(requestor);
		DbxRequestConfig config = (retries == 0 ? builder.withAutoRetryDisabled() : builder.withAutoRetryEnabled(retries))
				.build();
		DbxCredential credential = credential(spec);
		DbxClientV2 client = new DbxClientV2(config, credential);
		DropboxConnection connection = new DropboxConnection(client, location, (long) thresholdMb << 20, chunkMb << 20,
				concurrency, retries, credential.getRefreshToken() != null, this::notifyClient);
		connection.checkRoot();
		return connection;
	}

	/**
	 * A client of its own for one change feed's long polls ({@code list_folder/longpoll} needs no
	 * token), on a requestor that can abort the poll under way when the feed is closed.
	 */
	private DropboxWatch.Notify notifyClient() {
		AbortableRequestor abortable = new AbortableRequestor(longpollRequestor);
		DbxRequestConfig config = DbxRequestConfig.newBuilder(CLIENT_ID).withHttpRequestor(abortable)
				.withAutoRetryDisabled().build();
		return new DropboxWatch.Notify(new DbxClientV2(config, "no-token-for-longpoll"), abortable);
	}

	/** A refresh token with its app key (the SDK then refreshes access tokens itself), else an access token. */
	static DbxCredential credential(ConnectionSpec spec) throws ConnectorException {
		Optional<String> refresh = secret(spec, REFRESH_TOKEN);
		Optional<String> access = secret(spec, ACCESS_TOKEN);
		if (refresh.isPresent()) {
			String appKey = secret(spec, APP_KEY).orElseThrow(() -> new ConnectorException(Reason.AUTHENTICATION,
					RelPath.ROOT, "a Dropbox refresh token needs the app key it was issued to: store it with"
							+ " 'karma credentials set dropbox:/ --secret app_key'"));
			// without an access token (or with one of unknown age) the SDK refreshes before the first call
			return new DbxCredential(access.orElse("-"), access.isPresent() ? Long.MAX_VALUE : 0L, refresh.get(), appKey);
		}
		if (access.isPresent()) {
			return new DbxCredential(access.get());
		}
		throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "no Dropbox credentials: store them with"
				+ " 'karma credentials set dropbox:/ --secret refresh_token' and '--secret app_key' (or '--secret access_token')");
	}

	private static int nonNegative(ConnectionSpec spec, ConnectorOption option) throws ConnectorException {
		String value = String.valueOf(spec.option(option)).trim();
		try {
			int n = Integer.parseInt(value);
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new ConnectorException(Reason.FATAL, RelPath.ROOT, "option " + option.key()
				+ " must be a whole number of at least 0, not '" + value + "'");
	}

	private static Optional<String> secret(ConnectionSpec spec, ConnectorOption option) {
		return spec.secrets().get(option.key()).map(String::new).map(String::trim).filter(s -> !s.isEmpty());
	}
}

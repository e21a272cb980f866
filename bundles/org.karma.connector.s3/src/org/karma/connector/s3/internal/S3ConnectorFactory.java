package org.karma.connector.s3.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.RelPath;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Amazon S3 and S3-compatible services (scheme {@code s3}) on the AWS SDK for Java v2. Registered
 * as a declarative services component ({@code OSGI-INF/org.karma.connector.s3.xml}). See
 * {@code docs/connectors/s3.md}.
 */
public final class S3ConnectorFactory implements ConnectorFactory {

	public static final ConnectorOption REGION = ConnectorOption.string("region", "us-east-1",
			"The bucket's AWS region, e.g. eu-central-1 (S3-compatible services usually take us-east-1).");
	public static final ConnectorOption ENDPOINT = ConnectorOption.string("endpoint", null,
			"Endpoint of an S3-compatible service (MinIO, Ceph, S3Proxy), e.g. http://127.0.0.1:9000; empty for AWS.");
	public static final ConnectorOption PATH_STYLE = ConnectorOption.bool("path_style", "false",
			"Address the bucket in the path (http://host/bucket/key) instead of the host name; most S3-compatible services need true.");
	public static final ConnectorOption STORAGE_CLASS = ConnectorOption.choice("storage_class", null,
			"Storage class of written objects (empty: the bucket's default, STANDARD).", "STANDARD", "STANDARD_IA",
			"ONEZONE_IA", "INTELLIGENT_TIERING", "REDUCED_REDUNDANCY", "GLACIER_IR");
	public static final ConnectorOption SSE = ConnectorOption.choice("sse", "none",
			"Server-side encryption of written objects: none (the bucket's default), AES256 (SSE-S3) or aws:kms (SSE-KMS).",
			"none", "AES256", "aws:kms");
	public static final ConnectorOption CREATE_BUCKET = ConnectorOption.bool("create_bucket", "false",
			"Create the bucket when it does not exist (otherwise a missing bucket is an error).");
	public static final ConnectorOption CREDENTIALS = ConnectorOption.choice("credentials", "key",
			"key: the access key id (URI user or access_key_id) with the secret key from secure storage; default: the AWS"
					+ " default chain (environment, ~/.aws profiles, instance roles).",
			"key", "default");
	public static final ConnectorOption ACCESS_KEY_ID = ConnectorOption.string("access_key_id", null,
			"The access key id, when it is not the user part of the URI (s3://ACCESS_KEY_ID@bucket/prefix).");
	public static final ConnectorOption PART_SIZE = ConnectorOption.integer("part_size_mb", "16",
			"Files larger than this many MiB are uploaded in parts of this size (multipart upload); at least 5.");
	public static final ConnectorOption CONCURRENCY = ConnectorOption.integer("concurrency", "8",
			"How many requests KARMA sends to the service at the same time at most.");
	public static final ConnectorOption SECRET_KEY = ConnectorOption.secret("secret_key",
			"The secret access key belonging to the access key id.");

	/** The secret a command line's {@code --password-env} gives every endpoint. */
	private static final String PASSWORD_SECRET = "password";

	private final Duration timeout;
	private final Duration retryBaseDelay;
	private final Path journals;

	/** The service: journals of unfinished uploads in $KARMA_HOME/state/s3-uploads. */
	public S3ConnectorFactory() {
		this(Duration.ofSeconds(60), Duration.ofMillis(100), defaultJournals());
	}

	/**
	 * For tests: another socket timeout, first retry backoff step and folder of upload journals.
	 *
	 * @param retryBaseDelay the SDK's first backoff step (doubled per attempt); a {@code Retry-After}
	 *                       of the server is waited when longer, up to {@link RetryAfterStrategy#MAX_WAIT}
	 */
	public S3ConnectorFactory(Duration timeout, Duration retryBaseDelay, Path journals) {
		this.timeout = timeout;
		this.retryBaseDelay = retryBaseDelay;
		this.journals = journals;
	}

	/** {@code $KARMA_HOME/state/s3-uploads} ({@code ~/.karma} without KARMA_HOME), as other connector state. */
	static Path defaultJournals() {
		return org.karma.connector.api.StateFiles.folder("s3-uploads");
	}

	@Override
	public Set<String> schemes() {
		return Set.of("s3");
	}

	@Override
	public String displayName() {
		return "Amazon S3 / S3-compatible bucket";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(REGION, ENDPOINT, PATH_STYLE, STORAGE_CLASS, SSE, CREATE_BUCKET, CREDENTIALS, ACCESS_KEY_ID, PART_SIZE,
				CONCURRENCY, SECRET_KEY);
	}

	/** One key per access key id and bucket: {@code s3://AKID@bucket} for every prefix in it. */
	@Override
	public String credentialKey(String location) throws ConnectorException {
		S3Location parsed = S3Location.parse(location);
		return "s3://" + (parsed.accessKeyId() == null ? "" : parsed.accessKeyId() + "@") + parsed.bucket();
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		S3Location location = S3Location.parse(spec.location());
		int partMiB = spec.positiveInt(PART_SIZE);
		if (partMiB < 5) {
			throw fatal("option part_size_mb must be at least 5 (MiB; S3's smallest part), not " + partMiB);
		}
		int concurrency = spec.positiveInt(CONCURRENCY);
		String sse = spec.option(SSE);
		String storageClass = spec.option(STORAGE_CLASS);
		S3ClientBuilder builder = S3Client.builder()
				// the SDK's ServiceLoader lookup of an HTTP client fails inside OSGi: always name one
				.httpClient(UrlConnectionHttpClient.builder().socketTimeout(timeout).connectionTimeout(Duration.ofSeconds(15))
						.build())
				.region(Region.of(spec.option(REGION).trim()))
				.forcePathStyle(spec.bool(PATH_STYLE))
				// 8 attempts, not the SDK's 3: the JDK keeps up to 5 idle keep-alive connections per host, and a
				// server that closed them makes each attempt on a stale one fail with "Error writing request body"
				// (seen against S3Proxy in CI); more attempts than cached connections always reach a fresh one.
				// The standard strategy honours Retry-After (capped), the legacy RetryPolicy did not.
				.overrideConfiguration(software.amazon.awssdk.core.client.config.ClientOverrideConfiguration.builder()
						.retryStrategy(new RetryAfterStrategy(retryBaseDelay)).build())
				// S3-compatible services rarely know the SDK's default trailing CRC checksums
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
				.credentialsProvider(credentials(spec, location));
		String endpoint = spec.option(ENDPOINT);
		if (endpoint != null && !endpoint.isBlank()) {
			try {
				URI uri = new URI(endpoint.trim());
				if (uri.getScheme() == null || uri.getHost() == null
						|| !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
					throw fatal("option endpoint must be an http:// or https:// URL, not '" + endpoint + "'");
				}
				builder.endpointOverride(uri);
			} catch (URISyntaxException e) {
				throw fatal("option endpoint: '" + endpoint + "' is not a URL: " + e.getReason());
			}
		}
		S3Client client;
		try {
			client = builder.build();
		} catch (SdkException | IllegalArgumentException e) {
			throw fatal("cannot set up the S3 client: " + oneLine(e.getMessage()));
		}
		boolean ok = false;
		try {
			checkBucket(client, location, spec.bool(CREATE_BUCKET), spec.option(REGION).trim());
			String service = endpoint != null && !endpoint.isBlank() ? endpoint.trim() : "aws:" + spec.option(REGION).trim();
			S3Connection connection = new S3Connection(client, location, new S3Connection.Settings(
					(long) partMiB << 20, concurrency, "none".equals(sse) ? null : sse, storageClass),
					new UploadJournal(journals, service));
			connection.abortStaleUploads();
			ok = true;
			return connection;
		} finally {
			if (!ok) {
				client.close();
			}
		}
	}

	private AwsCredentialsProvider credentials(ConnectionSpec spec, S3Location location) throws ConnectorException {
		if ("default".equals(spec.option(CREDENTIALS))) {
			return DefaultCredentialsProvider.builder().build();
		}
		String keyId = location.accessKeyId() != null ? location.accessKeyId() : spec.option(ACCESS_KEY_ID);
		if (keyId == null || keyId.isBlank()) {
			throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "no access key id for " + location.display()
					+ ": give it with option access_key_id (or as the URI user, s3://ACCESS_KEY_ID@bucket),"
					+ " or use credentials=default");
		}
		// a one-off password (karma ... --password-env VAR gives every endpoint the secret "password")
		// is the secret key; else the stored secret_key
		char[] secret = spec.secrets().get(PASSWORD_SECRET).or(() -> spec.secrets().get(SECRET_KEY.key())).orElse(null);
		if (secret == null || secret.length == 0) {
			throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "no secret key stored for access key " + keyId
					+ " (karma credentials set, secret secret_key; or --password-env VAR for one run)");
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId.trim(), new String(secret)));
	}

	private static void checkBucket(S3Client client, S3Location location, boolean create, String region)
			throws ConnectorException {
		try {
			// a listing, not HeadBucket: its error answers carry a code (HEAD has no body), so a wrong
			// secret (SignatureDoesNotMatch) is told from a missing permission (AccessDenied)
			client.listObjectsV2(b -> b.bucket(location.bucket()).maxKeys(1));
			return;
		} catch (S3Exception e) {
			if (e.statusCode() != 404) {
				throw Errors.map(e, "opening bucket " + location.bucket(), RelPath.ROOT);
			}
		} catch (SdkException e) {
			throw Errors.map(e, "opening bucket " + location.bucket(), RelPath.ROOT);
		}
		if (!create) {
			throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT,
					"bucket '" + location.bucket() + "' does not exist (option create_bucket=true creates it)");
		}
		try {
			client.createBucket(b -> {
				b.bucket(location.bucket());
				if (!region.equals("us-east-1")) {
					b.createBucketConfiguration(
							CreateBucketConfiguration.builder().locationConstraint(BucketLocationConstraint.fromValue(region)).build());
				}
			});
		} catch (SdkException e) {
			throw Errors.map(e, "creating bucket " + location.bucket(), RelPath.ROOT);
		}
	}

	static String oneLine(String message) {
		if (message == null) {
			return "";
		}
		int nl = message.indexOf('\n');
		return (nl < 0 ? message : message.substring(0, nl)).trim();
	}

	private static ConnectorException fatal(String message) {
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, message);
	}
}

package org.karma.core.connectors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.RelPath;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecretsUnavailableException;
import org.karma.model.EndpointUri;
import org.karma.model.profile.Endpoint;

/**
 * "Test connection": connects one endpoint the way a sync does (same spec, same secrets), lists
 * its root, and reports the server's answer — the number of entries at the root and the
 * connection's facts (case sensitivity, time precision, hashes, capabilities) — or why it failed
 * (the connector's {@link ConnectorException.Reason} and message). Used by {@code karma connectors
 * test} and the workbench's New Profile wizard. Never throws for a failed connection.
 */
public final class ConnectionTest {

	/** The outcome, in terms a caller maps to an exit code or an icon. */
	public enum Outcome {
		/** Connected and listed the root. */
		OK,
		/** The location is malformed or no connector handles it. */
		BAD_INPUT,
		/** Connected, but the root does not exist. */
		NOT_FOUND,
		/** The server refused the credentials, or the stored ones could not be read. */
		AUTHENTICATION,
		/** The server could not be reached, or refused access. */
		CANNOT_CONNECT,
		/** Cancelled through the monitor. */
		CANCELLED
	}

	/**
	 * @param outcome  what happened
	 * @param reason   the connector's reason when it failed, else null
	 * @param message  one line for the user (the connector's message, or a summary when OK)
	 * @param location the tested location without options or secrets (redacted)
	 * @param entries  entries at the root (OK only, else -1)
	 * @param facts    the connection's facts as "name: value" lines (OK only)
	 */
	public record Result(Outcome outcome, ConnectorException.Reason reason, String message, String location,
			long entries, List<String> facts) {
		public Result {
			Objects.requireNonNull(outcome);
			Objects.requireNonNull(message);
			facts = List.copyOf(facts);
		}

		public boolean ok() {
			return outcome == Outcome.OK;
		}
	}

	private final ConnectorRegistry connectors;
	private final SecretSource secrets;

	public ConnectionTest(ConnectorRegistry connectors, SecretSource secrets) {
		this.connectors = Objects.requireNonNull(connectors);
		this.secrets = Objects.requireNonNull(secrets);
	}

	/** Tests an endpoint of a profile (its URI and options). */
	public Result run(Endpoint endpoint, IProgressMonitor monitor) {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		EndpointUri uri;
		try {
			uri = EndpointUri.parse(endpoint.getUri());
		} catch (EndpointUri.InvalidUriException e) {
			return failure(Outcome.BAD_INPUT, null, e.getMessage(), String.valueOf(endpoint.getUri()));
		}
		String shown = EndpointUri.redact(uri.withoutOptions());
		Optional<ConnectorFactory> factory = connectors.factory(uri.scheme());
		if (factory.isEmpty()) {
			return failure(Outcome.BAD_INPUT, null,
					"no connector for '" + uri.scheme() + "' in this build (see 'karma connectors')", shown);
		}
		m.beginTask("Connecting to " + shown, 2);
		try {
			ConnectionSpec spec = EndpointSpecs.of(uri, endpoint,
					secrets.forKey(factory.get().credentialKey(uri.withoutOptions())));
			try (Connection connection = factory.get().connect(spec, m)) {
				m.worked(1);
				m.subTask("Listing " + shown);
				AtomicLong count = new AtomicLong();
				connection.list(RelPath.ROOT, entry -> count.incrementAndGet(), m);
				m.worked(1);
				List<String> facts = facts(connection);
				long n = count.get();
				return new Result(Outcome.OK, null, "connected; " + n + (n == 1 ? " entry" : " entries") + " at the root",
						shown, n, facts);
			}
		} catch (SecretsUnavailableException e) {
			return failure(Outcome.AUTHENTICATION, ConnectorException.Reason.AUTHENTICATION,
					"cannot read the stored credentials: " + e.getMessage(), shown);
		} catch (ConnectorException e) {
			Outcome outcome = switch (e.reason()) {
			case NOT_FOUND -> Outcome.NOT_FOUND;
			case AUTHENTICATION -> Outcome.AUTHENTICATION;
			case CANCELLED -> Outcome.CANCELLED;
			default -> m.isCanceled() ? Outcome.CANCELLED : Outcome.CANNOT_CONNECT;
			};
			return failure(outcome, e.reason(), e.getMessage() == null ? e.reason().name() : e.getMessage(), shown);
		} catch (RuntimeException e) {
			// a connector bug must not take the caller down: report it as a failed connection
			return failure(Outcome.CANNOT_CONNECT, ConnectorException.Reason.FATAL,
					e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), shown);
		} finally {
			m.done();
		}
	}

	private static Result failure(Outcome outcome, ConnectorException.Reason reason, String message, String location) {
		return new Result(outcome, reason, message, location, -1, List.of());
	}

	/** The facts of a connection as "name: value" lines. */
	static List<String> facts(Connection connection) {
		ConnectionFacts f = connection.facts();
		List<String> lines = new ArrayList<>();
		lines.add("case: " + f.caseSensitivity().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		lines.add("modification times: " + precision(f.mtimePrecision()) + (f.mtimeWritable() ? ", settable" : ", not settable"));
		lines.add("cheap hashes: " + (f.cheapHashes().isEmpty() ? "none"
				: String.join(", ", f.cheapHashes().stream().map(h -> h.name().toLowerCase(Locale.ROOT)).sorted().toList())));
		lines.add("empty folders: " + (f.emptyDirectories() ? "yes" : "no"));
		lines.add("atomic replace: " + (f.atomicReplace() ? "yes" : "no"));
		lines.add("max concurrency: " + f.maxConcurrency());
		List<String> capabilities = new ArrayList<>();
		for (Class<?> type : Capability.class.getDeclaredClasses()) {
			if (Capability.class.isAssignableFrom(type) && type != Capability.class
					&& connection.capability(type.asSubclass(Capability.class)).isPresent()) {
				capabilities.add(type.getSimpleName());
			}
		}
		capabilities.sort(null);
		lines.add("capabilities: " + (capabilities.isEmpty() ? "none" : String.join(", ", capabilities)));
		return lines;
	}

	private static String precision(Duration precision) {
		if (precision == null) {
			return "not kept";
		}
		if (precision.isZero()) {
			return "nanoseconds";
		}
		if (precision.toNanos() % 1_000_000_000L == 0) {
			return precision.toSeconds() + " s";
		}
		if (precision.toNanos() % 1_000_000L == 0) {
			return precision.toMillis() + " ms";
		}
		return precision.toNanos() / 1000 + " µs";
	}
}

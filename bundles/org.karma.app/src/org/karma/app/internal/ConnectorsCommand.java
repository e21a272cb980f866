package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.engine.json.Json;
import org.karma.core.connectors.ConnectionTest;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;
import org.karma.core.profiles.Endpoints;
import org.karma.model.EndpointUri;
import org.karma.model.profile.Endpoint;

/**
 * {@code karma connectors [--json]}: the connectors installed in this build and their options;
 * {@code karma connectors test URI}: connects one location as a sync would and prints the server's
 * answer (see {@link ConnectionTest}).
 */
final class ConnectorsCommand {

	/** The synopsis shown by the help. */
	static final String SYNOPSIS = "connectors [--json] | connectors test URI [--password-env VAR] [--json]";

	private final ConnectorRegistry registry;
	private final PrintStream out;
	private PrintStream err;
	private Path workingDirectory = Path.of("").toAbsolutePath();
	private CredentialsAccess credentials;

	ConnectorsCommand(ConnectorRegistry registry, PrintStream out) {
		this.registry = registry;
		this.out = out;
		this.err = out;
	}

	/** What {@code connectors test} needs: where errors go, relative paths, and the secrets. */
	ConnectorsCommand forTesting(PrintStream errors, Path directory, CredentialsAccess access) {
		this.err = errors;
		this.workingDirectory = directory;
		this.credentials = access;
		return this;
	}

	ExitCode run(List<String> raw) throws UsageException {
		if (!raw.isEmpty() && raw.get(0).equals("test")) {
			return test(raw.subList(1, raw.size()));
		}
		Args args = Args.parse("connectors", raw, Set.of(), Set.of("json"));
		args.expectPositionals(0, 0, "");
		List<Object> json = new ArrayList<>();
		for (String scheme : EndpointUri.SCHEMES) {
			ConnectorFactory factory = registry.factory(scheme).orElse(null);
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("scheme", scheme);
			item.put("installed", factory != null);
			if (factory == null) {
				json.add(item);
				if (!args.flag("json")) {
					out.printf("%-8s (not available in this build)%n", scheme);
				}
				continue;
			}
			item.put("name", factory.displayName());
			List<Object> options = new ArrayList<>();
			if (!args.flag("json")) {
				out.printf("%-8s %s%n", scheme, factory.displayName());
			}
			for (ConnectorOption option : factory.options()) {
				Map<String, Object> o = new LinkedHashMap<>();
				o.put("key", option.key());
				o.put("type", option.type().name().toLowerCase(java.util.Locale.ROOT));
				o.put("required", option.required());
				o.put("secret", option.secret());
				o.put("default", option.defaultValue());
				o.put("allowed", option.allowedValues());
				o.put("help", option.help());
				options.add(o);
				if (!args.flag("json")) {
					String type = option.allowedValues().isEmpty() ? option.type().name().toLowerCase(java.util.Locale.ROOT)
							: String.join("|", option.allowedValues());
					out.printf("  %-22s %-10s %s%s%s%n", option.key(), type, option.help(),
							option.defaultValue() == null ? "" : " (default " + option.defaultValue() + ")",
							option.secret() ? " [secret: karma credentials]" : "");
				}
			}
			item.put("options", options);
			json.add(item);
		}
		if (args.flag("json")) {
			out.println(Json.write(json));
		}
		return ExitCode.OK;
	}

	/** {@code connectors test URI}: OK with the server's answer on stdout, else one line on stderr. */
	private ExitCode test(List<String> raw) throws UsageException {
		Args args = Args.parse("connectors test", raw, Set.of(CredentialsAccess.PASSWORD_ENV), Set.of("json"));
		args.expectPositionals(1, 1, "one URI (e.g. 'karma connectors test sftp://ann@host/srv')");
		Endpoint endpoint;
		try {
			endpoint = Endpoints.fromText(args.positionals().get(0), workingDirectory, registry);
		} catch (EndpointUri.InvalidUriException e) {
			throw new UsageException(e.getMessage());
		}
		SecretSource secrets = credentials == null ? SecretSource.NONE : credentials.secrets(args);
		ConnectionTest.Result result = new ConnectionTest(registry, secrets).run(endpoint, new org.eclipse.core.runtime.NullProgressMonitor());
		if (args.flag("json")) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("location", result.location());
			item.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			item.put("reason", result.reason() == null ? null : result.reason().name());
			item.put("message", result.message());
			if (result.ok()) {
				item.put("entries", result.entries());
				item.put("facts", result.facts());
			}
			out.println(Json.write(item));
		} else if (result.ok()) {
			out.println(result.location() + ": " + result.message());
			result.facts().forEach(fact -> out.println("  " + fact));
		}
		if (!result.ok() && !args.flag("json")) {
			err.println("karma: " + result.location() + ": " + result.message()
					+ (result.reason() == null ? "" : " (" + result.reason().name().toLowerCase(java.util.Locale.ROOT) + ")"));
		}
		return switch (result.outcome()) {
		case OK -> ExitCode.OK;
		case BAD_INPUT -> ExitCode.BAD_INPUT;
		case NOT_FOUND, AUTHENTICATION, CANNOT_CONNECT -> ExitCode.CANNOT_CONNECT;
		case CANCELLED -> ExitCode.CANCELLED;
		};
	}
}

package org.karma.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.karma.connector.api.ConnectorException;
import org.karma.engine.json.Json;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.Credentials;
import org.karma.core.credentials.CredentialsException;
import org.karma.model.EndpointUri;
import org.karma.model.OptionSpec;

/**
 * {@code karma credentials set URI [--secret NAME]}, {@code karma credentials list [--json]},
 * {@code karma credentials remove URI}. The secret is read from stdin (first line) or, on a
 * terminal, from a prompt without echo; never from the command line. Values are never printed.
 */
final class CredentialsCommand {

	static final String SYNOPSIS = "credentials set URI [--secret NAME] | credentials list [--json]"
			+ " | credentials remove URI";

	private final CredentialsAccess access;
	private final ConnectorRegistry connectors;
	private final Cli.SecretInput input;
	private final PrintStream out;
	private final PrintStream err;

	CredentialsCommand(CredentialsAccess access, ConnectorRegistry connectors, Cli.SecretInput input, PrintStream out,
			PrintStream err) {
		this.access = access;
		this.connectors = connectors;
		this.input = input;
		this.out = out;
		this.err = err;
	}

	ExitCode run(List<String> raw) throws UsageException {
		if (raw.isEmpty()) {
			throw new UsageException("'karma credentials' needs set, list or remove (see 'karma help credentials')");
		}
		List<String> rest = raw.subList(1, raw.size());
		try {
			return switch (raw.get(0)) {
			case "set" -> set(rest);
			case "list" -> list(rest);
			case "remove" -> remove(rest);
			case "login" -> {
				err.println("karma: 'credentials login' (OAuth for dropbox, gdrive) is not available yet in this build");
				yield ExitCode.NOT_AVAILABLE;
			}
			default -> throw new UsageException(
					"unknown 'karma credentials' command '" + raw.get(0) + "'; use set, list or remove");
			};
		} catch (CredentialsException e) {
			err.println("karma: " + e.getMessage());
			return switch (e.kind()) {
			case NO_MASTER_PASSWORD, BAD_MASTER_PASSWORD_FILE -> ExitCode.BAD_INPUT;
			case WRONG_MASTER_PASSWORD -> ExitCode.CANNOT_CONNECT;
			case STORAGE -> ExitCode.INTERNAL_ERROR;
			};
		}
	}

	private ExitCode set(List<String> raw) throws UsageException, CredentialsException {
		Args args = Args.parse("credentials set", raw, Set.of("secret"), Set.of());
		args.expectPositionals(1, 1, "a URI (the secret itself is read from stdin or a prompt)");
		EndpointUri uri = parse(args.positionals().get(0));
		String key = key(uri);
		String name = args.one("secret") == null ? Credentials.DEFAULT_SECRET : args.one("secret").strip();
		List<String> secrets = secretNames(uri.scheme());
		if (!secrets.contains(name)) {
			throw new UsageException("'" + uri.scheme() + "' has no secret '" + name + "'"
					+ (secrets.isEmpty() ? " (it takes no secrets)" : "; its secrets: " + String.join(", ", secrets)));
		}
		char[] secret;
		try {
			secret = input.read("Secret '" + name + "' for " + key + ": ");
		} catch (IOException e) {
			throw new UsageException("cannot read the secret from stdin: " + e.getMessage());
		}
		if (secret == null || secret.length == 0) {
			throw new UsageException("no secret given on stdin (or the prompt); nothing stored");
		}
		try {
			CredentialStore store = access.open();
			store.set(key, name, secret);
		} finally {
			Arrays.fill(secret, '\0');
		}
		err.println("karma: stored " + name + " for " + key);
		return ExitCode.OK;
	}

	private ExitCode list(List<String> raw) throws UsageException, CredentialsException {
		Args args = Args.parse("credentials list", raw, Set.of(), Set.of("json"));
		args.expectPositionals(0, 0, "");
		SortedMap<String, List<String>> all = access.openToRead().list();
		if (args.flag("json")) {
			List<Object> list = new ArrayList<>();
			all.forEach((key, names) -> {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("key", key);
				map.put("secrets", names);
				list.add(map);
			});
			out.println(Json.write(list));
			return ExitCode.OK;
		}
		if (all.isEmpty()) {
			err.println("karma: no credentials stored");
			return ExitCode.OK;
		}
		Table table = new Table("KEY", "SECRETS");
		all.forEach((key, names) -> table.add(key, String.join(",", names)));
		table.print(out);
		return ExitCode.OK;
	}

	private ExitCode remove(List<String> raw) throws UsageException, CredentialsException {
		Args args = Args.parse("credentials remove", raw, Set.of(), Set.of());
		args.expectPositionals(1, 1, "a URI");
		String key = key(parse(args.positionals().get(0)));
		if (access.openToRead().remove(key)) {
			err.println("karma: removed the credentials of " + key);
		} else {
			err.println("karma: no credentials stored for " + key + " (nothing to remove)");
		}
		return ExitCode.OK;
	}

	private static EndpointUri parse(String text) throws UsageException {
		try {
			return EndpointUri.parse(text);
		} catch (EndpointUri.InvalidUriException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private String key(EndpointUri uri) throws UsageException {
		try {
			return Credentials.key(connectors, uri);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		} catch (ConnectorException e) {
			throw new UsageException(EndpointUri.redact(uri.toString()) + ": " + e.getMessage());
		}
	}

	private List<String> secretNames(String scheme) {
		List<String> names = new ArrayList<>();
		for (OptionSpec option : connectors.optionsFor(scheme).orElse(List.of())) {
			if (option.secret()) {
				names.add(option.key());
			}
		}
		return List.copyOf(new TreeSet<>(names));
	}
}

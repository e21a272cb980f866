package org.karma.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import org.karma.connector.api.ConnectorException;
import org.karma.engine.json.Json;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.Credentials;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.oauth.LoopbackReceiver;
import org.karma.core.oauth.OAuthException;
import org.karma.core.oauth.OAuthLoginOperation;
import org.karma.core.oauth.OAuthProvider;
import org.karma.model.EndpointUri;
import org.karma.model.OptionSpec;

/**
 * {@code karma credentials set URI [--secret NAME]}, {@code karma credentials list [--json]},
 * {@code karma credentials remove URI}, {@code karma credentials login dropbox|gdrive[:/path]}. The
 * secret is read from stdin (first line) or, on a terminal, from a prompt without echo; never from
 * the command line. Values (and tokens) are never printed.
 */
final class CredentialsCommand {

	static final String SYNOPSIS = "credentials set URI [--secret NAME] | credentials list [--json]"
			+ " | credentials remove URI | credentials login dropbox[:/path] [--app-key KEY]"
			+ " | credentials login gdrive[:/path] [--client-id ID] [--client-secret-env VAR]";

	/** How long {@code login gdrive} waits for the browser (or a pasted code). */
	static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(5);

	private final CredentialsAccess access;
	private final ConnectorRegistry connectors;
	private final Cli.SecretInput input;
	private final PrintStream out;
	private final PrintStream err;
	private final Function<String, String> variables;
	private Duration loginTimeout = LOGIN_TIMEOUT;

	CredentialsCommand(CredentialsAccess access, ConnectorRegistry connectors, Cli.SecretInput input,
			Function<String, String> variables, PrintStream out, PrintStream err) {
		this.access = access;
		this.connectors = connectors;
		this.input = input;
		this.variables = variables;
		this.out = out;
		this.err = err;
	}

	/** For tests: a shorter wait for the browser. */
	CredentialsCommand withLoginTimeout(Duration timeout) {
		this.loginTimeout = timeout;
		return this;
	}

	ExitCode run(List<String> raw) throws UsageException {
		if (raw.isEmpty()) {
			throw new UsageException("'karma credentials' needs set, list, remove or login (see 'karma help credentials')");
		}
		List<String> rest = raw.subList(1, raw.size());
		try {
			return switch (raw.get(0)) {
			case "set" -> set(rest);
			case "list" -> list(rest);
			case "remove" -> remove(rest);
			case "login" -> login(rest);
			default -> throw new UsageException(
					"unknown 'karma credentials' command '" + raw.get(0) + "'; use set, list, remove or login");
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

	/**
	 * OAuth 2 with PKCE: prints the authorization URL, takes the code (pasted; for Google also the
	 * browser's redirect to a loopback listener), exchanges it and stores the refresh token with
	 * the client id (and secret) under the location's credential key.
	 */
	private ExitCode login(List<String> raw) throws UsageException, CredentialsException {
		Args args = Args.parse("credentials login", raw, Set.of("app-key", "client-id", "client-secret-env"), Set.of());
		args.expectPositionals(1, 1, "dropbox[:/path] or gdrive[:/path]");
		String text = args.positionals().get(0).strip();
		if (OAuthProvider.SCHEMES.contains(text.toLowerCase(Locale.ROOT))) {
			text = text + ":";
		}
		EndpointUri uri = parse(text);
		OAuthProvider provider;
		try {
			provider = OAuthProvider.forScheme(uri.scheme(), variables).orElseThrow(() -> new UsageException("'"
					+ uri.scheme() + "' has no OAuth login; 'karma credentials login' is for "
					+ String.join(" and ", OAuthProvider.SCHEMES) + " (store other secrets with 'karma credentials set')"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		String key = key(uri);
		boolean dropbox = provider.clientSecretName() == null;
		String idOption = dropbox ? "app-key" : "client-id";
		for (String option : dropbox ? List.of("client-id", "client-secret-env") : List.of("app-key")) {
			if (args.one(option) != null) {
				throw new UsageException("--" + option + " is not an option of '" + uri.scheme() + "' logins; use --"
						+ idOption);
			}
		}
		CredentialStore store = access.open(); // before the browser: a wrong master password fails first
		String storedId = stored(store, key, provider.clientIdName());
		String clientId = args.one(idOption) != null ? args.one(idOption).strip() : storedId;
		if (clientId == null || clientId.isEmpty()) {
			throw new UsageException("'" + uri.scheme() + "' logins need --" + idOption + " the first time ("
					+ (dropbox ? "the app key of your app in the Dropbox App Console"
							: "the client id of your OAuth client in the Google Cloud console")
					+ "; see docs/connectors/" + uri.scheme() + ".md)");
		}
		char[] secret = dropbox ? null : clientSecret(args, store, key, provider, clientId, storedId);
		OAuthLoginOperation login;
		try (LoopbackReceiver receiver = provider.loopbackRedirect() ? LoopbackReceiver.start() : null) {
			try {
				login = new OAuthLoginOperation(provider, clientId, secret, receiver == null ? null : receiver.redirectUri(),
						OAuthLoginOperation.httpClient(), new SecureRandom());
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			} finally {
				if (secret != null) {
					Arrays.fill(secret, '\0');
				}
			}
			try {
				err.println("karma: open this URL in a browser, sign in to " + provider.displayName()
						+ " and allow KARMA access:");
				out.println(login.authorizationUrl());
				out.flush();
				String code;
				if (receiver == null) {
					code = login.codeFrom(readLine("karma: paste the code " + provider.displayName()
							+ " shows (input hidden): "));
				} else {
					err.println("karma: waiting for the browser to come back to " + receiver.redirectUri()
							+ " (on another machine: copy the URL it fails to open and paste it here)");
					code = awaitCode(login, receiver);
				}
				login.run(code, store, key, new NullProgressMonitor());
			} finally {
				login.dispose();
			}
		} catch (IOException e) {
			err.println("karma: cannot listen on 127.0.0.1 for the browser's answer: " + e.getMessage());
			return ExitCode.CANNOT_CONNECT;
		} catch (OAuthException e) {
			err.println("karma: " + e.getMessage());
			return switch (e.kind()) {
			case ABORTED, BAD_INPUT -> ExitCode.BAD_INPUT;
			case REFUSED, UNREACHABLE, PROTOCOL -> ExitCode.CANNOT_CONNECT;
			};
		} catch (OperationCanceledException e) {
			err.println("karma: login cancelled; nothing stored");
			return ExitCode.CANCELLED;
		}
		err.println("karma: logged in to " + provider.displayName() + "; stored " + OAuthProvider.REFRESH_TOKEN + ", "
				+ provider.clientIdName() + (dropbox ? "" : ", " + provider.clientSecretName()) + " for " + key);
		return ExitCode.OK;
	}

	/** The client secret: from --client-secret-env, else the stored one (same client), else stdin or a prompt. */
	private char[] clientSecret(Args args, CredentialStore store, String key, OAuthProvider provider, String clientId,
			String storedId) throws UsageException, CredentialsException {
		String variable = args.one("client-secret-env");
		if (variable != null) {
			String value = variables.apply(variable);
			if (value == null || value.isEmpty()) {
				throw new UsageException(
						"--client-secret-env: the environment variable '" + variable + "' is not set or empty");
			}
			return value.strip().toCharArray();
		}
		if (clientId.equals(storedId)) {
			Optional<char[]> stored = store.get(key, provider.clientSecretName());
			if (stored.isPresent() && stored.get().length > 0) {
				return stored.get();
			}
		}
		char[] secret;
		try {
			secret = input.read("Client secret of the OAuth client " + clientId + ": ");
		} catch (IOException e) {
			throw new UsageException("cannot read the client secret from stdin: " + e.getMessage());
		}
		if (secret == null || secret.length == 0) {
			throw new UsageException("no client secret given on stdin (or the prompt); nothing stored");
		}
		return secret;
	}

	private static String stored(CredentialStore store, String key, String name) throws CredentialsException {
		Optional<char[]> value = store.get(key, name);
		if (value.isEmpty()) {
			return null;
		}
		String text = new String(value.get()).strip();
		Arrays.fill(value.get(), '\0');
		return text.isEmpty() ? null : text;
	}

	private String readLine(String prompt) throws OAuthException {
		try {
			char[] line = input.read(prompt);
			return line == null ? null : new String(line);
		} catch (IOException e) {
			throw new OAuthException(OAuthException.Kind.ABORTED, "cannot read the code from stdin: " + e.getMessage());
		}
	}

	/**
	 * The browser's answer at the loopback listener, or what the user pastes meanwhile, whichever
	 * comes first. End of input does not end the wait (the browser may still come back); the wait
	 * ends after {@link #loginTimeout}.
	 */
	private String awaitCode(OAuthLoginOperation login, LoopbackReceiver receiver) throws OAuthException {
		CompletableFuture<String> pasted = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try {
				pasted.complete(readLine("karma: or paste the code or that URL (input hidden): "));
			} catch (OAuthException e) {
				pasted.complete(null);
			}
		}, "karma-oauth-paste");
		reader.setDaemon(true);
		reader.start();
		long deadline = System.nanoTime() + loginTimeout.toNanos();
		while (true) {
			Map<String, String> answer = receiver.result().getNow(null);
			if (answer != null) {
				if (!pasted.isDone()) {
					err.println(); // ends the paste prompt's line on a terminal
				}
				return login.codeFrom(answer);
			}
			if (pasted.isDone()) {
				String text = pasted.getNow(null);
				if (text != null && !text.isBlank()) {
					return login.codeFrom(text);
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new OAuthException(OAuthException.Kind.ABORTED, "no answer from the browser within "
						+ (loginTimeout.toSeconds() >= 60 ? loginTimeout.toMinutes() + " min"
								: loginTimeout.toSeconds() >= 1 ? loginTimeout.toSeconds() + " s"
										: loginTimeout.toMillis() + " ms")
						+ "; nothing stored");
			}
			try {
				CompletableFuture.anyOf(receiver.result(), pasted.isDone() ? new CompletableFuture<>() : pasted)
						.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
			} catch (TimeoutException | ExecutionException e) {
				// look again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
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

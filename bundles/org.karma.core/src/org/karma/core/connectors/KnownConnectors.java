package org.karma.core.connectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.karma.model.OptionCatalog;
import org.karma.model.OptionSpec;
import org.karma.model.profile.OptionType;

/**
 * The options each URI scheme accepts, as its connector declares them. Until the connector
 * bundles exist (SPI issue and the connector issues), their declarations are listed here; when a
 * connector lands, its factory's own declaration replaces the entry and this table shrinks.
 * Secret options are listed so that they can be refused in profiles and URIs with a pointer to
 * {@code karma credentials}.
 */
public final class KnownConnectors implements OptionCatalog {

	private static final Map<String, List<OptionSpec>> OPTIONS = new LinkedHashMap<>();

	static {
		OptionSpec concurrency = integer("concurrency");
		put("file", bool("follow_symlinks"), concurrency);
		put("zip", integer("compression_level"));
		List<OptionSpec> ftp = List.of(choice("tls", "none", "explicit", "implicit"), bool("passive"), text("encoding"),
				text("ca_file"), bool("trust_on_first_use"), concurrency, secret("password"));
		put("ftp", ftp.toArray(OptionSpec[]::new));
		put("ftps", ftp.toArray(OptionSpec[]::new));
		put("sftp", text("known_hosts"), bool("accept_new_host_key"), text("identity"), concurrency, secret("password"),
				secret("passphrase"));
		put("smb", text("domain"), concurrency, secret("password"));
		put("s3", text("region"), text("endpoint"), bool("path_style"),
				choice("storage_class", "STANDARD", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "REDUCED_REDUNDANCY",
						"GLACIER_IR"),
				choice("sse", "none", "AES256", "aws:kms"), bool("create_bucket"), choice("credentials", "key", "default"),
				text("access_key_id"), integer("part_size_mb"), concurrency, secret("secret_key"));
		put("dropbox", integer("upload_threshold_mb"), integer("chunk_mb"), concurrency, integer("retries"),
				secret("access_token"), secret("refresh_token"), secret("app_key"));
		put("gdrive", text("shared_drive"), text("client_id"), concurrency, secret("client_secret"),
				secret("refresh_token"));
		put("peer", text("fingerprint"), text("certificate"), concurrency);
	}

	private static void put(String scheme, OptionSpec... options) {
		OPTIONS.put(scheme, List.of(options));
	}

	private static OptionSpec text(String key) {
		return new OptionSpec(key, OptionType.STRING, false, List.of());
	}

	private static OptionSpec choice(String key, String... values) {
		return new OptionSpec(key, OptionType.STRING, false, List.of(values));
	}

	private static OptionSpec integer(String key) {
		return new OptionSpec(key, OptionType.INTEGER, false, List.of());
	}

	private static OptionSpec bool(String key) {
		return new OptionSpec(key, OptionType.BOOLEAN, false, List.of());
	}

	private static OptionSpec secret(String key) {
		return new OptionSpec(key, OptionType.STRING, true, List.of());
	}

	@Override
	public Optional<List<OptionSpec>> optionsFor(String scheme) {
		return Optional.ofNullable(OPTIONS.get(scheme));
	}

	/** Schemes with a declaration, in the order shown to users. */
	public List<String> schemes() {
		return new ArrayList<>(OPTIONS.keySet());
	}
}

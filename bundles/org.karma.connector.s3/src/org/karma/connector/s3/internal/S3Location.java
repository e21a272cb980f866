package org.karma.connector.s3.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * An S3 location {@code s3://[ACCESS_KEY_ID@]bucket[/prefix]}, parsed by hand (bucket names with
 * dots or capitals of old buckets are no host names for {@link java.net.URI}).
 *
 * @param accessKeyId the access key id in the URI, or null
 * @param bucket      the bucket name
 * @param prefix      the key prefix of the root: empty, or segments joined by '/' with a trailing '/'
 */
record S3Location(String accessKeyId, String bucket, String prefix) {

	private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,254}");

	static S3Location parse(String location) throws ConnectorException {
		String lower = location.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("s3://")) {
			throw bad(location, "the form is s3://bucket/prefix");
		}
		String rest = location.substring("s3://".length());
		if (rest.contains("?") || rest.contains("#")) {
			throw bad(location, "options belong in the options, not in the location");
		}
		int slash = rest.indexOf('/');
		String authority = slash < 0 ? rest : rest.substring(0, slash);
		String path = slash < 0 ? "" : rest.substring(slash + 1);
		String user = null;
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			user = authority.substring(0, at);
			authority = authority.substring(at + 1);
			if (user.contains(":")) {
				throw bad(location, "a secret key never goes into the URI (see docs/connectors/s3.md, credentials)");
			}
			if (user.isEmpty()) {
				user = null;
			}
		}
		if (!BUCKET.matcher(authority).matches()) {
			throw bad(location, "'" + authority + "' is not a bucket name");
		}
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (!path.isEmpty()) {
			for (String segment : path.split("/", -1)) {
				if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
					throw bad(location, "the prefix has an empty, '.' or '..' segment");
				}
			}
			path = path + "/";
		}
		return new S3Location(user, authority, path);
	}

	/** The location without the access key id, for messages. */
	String display() {
		return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix.substring(0, prefix.length() - 1));
	}

	private static ConnectorException bad(String location, String why) {
		// never echo a secret given as "id:secret@"
		String shown = location.replaceFirst("^([A-Za-z0-9]+://)[^@/]*:[^@/]*@", "$1…@");
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, "'" + shown + "' is not an S3 location: " + why);
	}
}

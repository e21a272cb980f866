package org.karma.connector.gdrive.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.EmptyContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpContent;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;

/**
 * Drive's resumable upload protocol, driven by KARMA so that an upload interrupted in one run is
 * resumed by the next write of the same content (another run, another process with the same
 * {@code KARMA_HOME}): the session URI and the bytes Drive confirmed are kept in an
 * {@link UploadJournal}.
 *
 * <ol>
 * <li>Start: {@code POST upload/drive/v3/files?uploadType=resumable} (an overwrite:
 * {@code …/files/ID} with {@code X-HTTP-Method-Override: PATCH}) with the metadata; Drive answers
 * the session URI in {@code Location}.</li>
 * <li>Chunks of {@code chunk_size}: {@code PUT <session>} with {@code Content-Range: bytes
 * FROM-TO/SIZE}; {@code 308} with {@code Range: bytes=0-N} until the last, which answers the
 * file.</li>
 * <li>Resume: when the journal's identity (size, SHA-256, target, modification time) equals the
 * new write's, {@code PUT <session>} with {@code Content-Range: bytes *}{@code /SIZE} and no body
 * asks how much Drive holds (308 and {@code Range}, or the file if it was complete); only the
 * rest is sent. 404 or 410 (the session expired, after a week) or another identity: a new
 * session.</li>
 * </ol>
 *
 * <p>The session URI is a bearer of the upload: it is kept in the journal only (mode 600), never
 * logged, and cut out of every message; failures of session requests carry no cause (an
 * {@code HttpResponseException}'s message holds the URL).
 */
final class ResumableUploads {

	/** What is uploaded: the spooled content. */
	interface Source {
		long size();

		String sha256();

		/** Bytes {@code from} (inclusive) to {@code to} (exclusive). */
		byte[] range(long from, long to) throws IOException;
	}

	private static final Pattern RANGE = Pattern.compile("bytes=0-(\\d+)");
	private static final String OCTETS = "application/octet-stream";

	private final Drive drive;
	private final String rootUrl;
	private final int chunkSize;
	private final UploadJournal journal;

	ResumableUploads(Drive drive, String rootUrl, int chunkSize, UploadJournal journal) {
		this.drive = drive;
		this.rootUrl = rootUrl;
		this.chunkSize = chunkSize;
		this.journal = journal;
	}

	/** Where an upload stands: the finished file, or the bytes Drive confirmed (-1: the session is gone). */
	private record Progress(File file, long confirmed) {
	}

	/**
	 * Uploads {@code source} as a new file in folder {@code parentId} ({@code existing} null) or as
	 * a new revision of {@code existing}, resuming a journaled session of the same content.
	 * Transient failures and cancellation keep the journal; the session's end (complete, expired)
	 * removes it.
	 */
	File upload(RelPath path, String parentId, File existing, File meta, Source source, IProgressMonitor monitor)
			throws ConnectorException {
		String key = parentId + "/" + path.name();
		UploadJournal.Identity identity = new UploadJournal.Identity(source.size(), source.sha256(),
				existing == null ? "new file" : "revision of " + existing.getId(),
				meta.getModifiedTime() == null ? "" : meta.getModifiedTime().toStringRfc3339());
		UploadJournal.State state = null;
		try {
			Optional<UploadJournal.State> journaled = journal.load(key);
			if (journaled.isPresent()) {
				if (journaled.get().identity().equals(identity)) {
					Progress held = put(journaled.get().session(), new EmptyContent(), "bytes */" + source.size(), path);
					if (held.file() != null) {
						journal.delete(key);
						return held.file();
					}
					if (held.confirmed() >= 0) {
						state = journaled.get().confirmed(held.confirmed());
					}
				}
				if (state == null) {
					journal.delete(key); // other content, or Drive forgot the session: start over
				}
			}
			if (state == null) {
				state = new UploadJournal.State(key, start(existing, meta, source.size(), path), identity, 0);
				journal.save(state);
			}
			while (true) {
				ConnectorException.checkCancelled(monitor, path);
				long from = state.confirmed();
				long to = Math.min(source.size(), from + chunkSize);
				Progress p = put(state.session(), new ByteArrayContent(OCTETS, source.range(from, to)),
						"bytes " + from + "-" + (to - 1) + "/" + source.size(), path);
				if (p.file() != null) {
					journal.delete(key);
					return p.file();
				}
				if (p.confirmed() < 0) {
					journal.delete(key);
					throw new ConnectorException(Reason.TRANSIENT, path, "Google Drive ended the upload session of " + path
							+ " (expired?); the next attempt starts over");
				}
				state = state.confirmed(p.confirmed());
				journal.save(state);
			}
		} catch (IOException e) {
			ConnectorException mapped = GdriveConnection.map(e, path, "uploading");
			String message = state == null ? mapped.getMessage()
					: mapped.getMessage().replace(state.session(), "<upload session>");
			if (mapped.reason() != Reason.TRANSIENT && state != null) {
				journal.delete(key); // refused for good: a later write starts over
			}
			throw new ConnectorException(mapped.reason(), path, message); // no cause: its message holds the URL
		}
	}

	/** Opens a session; its URI. */
	private String start(File existing, File meta, long size, RelPath path) throws IOException {
		GenericUrl url = new GenericUrl(rootUrl + "upload/drive/v3/files" + (existing == null ? "" : "/" + existing.getId()));
		url.put("uploadType", "resumable");
		url.put("supportsAllDrives", "true");
		url.put("fields", GdriveConnection.FIELDS);
		HttpRequest request = drive.getRequestFactory().buildPostRequest(url,
				new ByteArrayContent("application/json; charset=UTF-8", GsonFactory.getDefaultInstance().toByteArray(meta)));
		if (existing != null) {
			request.getHeaders().set("X-HTTP-Method-Override", "PATCH");
		}
		request.getHeaders().set("X-Upload-Content-Type", OCTETS);
		request.getHeaders().set("X-Upload-Content-Length", size);
		HttpResponse response = execute(request);
		try {
			String location = response.getHeaders().getLocation();
			if (location == null || location.isBlank()) {
				throw new IOException("Google Drive opened no upload session for " + path + " (no Location)");
			}
			return location;
		} finally {
			response.disconnect();
		}
	}

	/** A PUT to the session: a chunk, or (empty, {@code bytes *}{@code /SIZE}) the question how much Drive holds. */
	private Progress put(String session, HttpContent content, String contentRange, RelPath path) throws IOException {
		HttpRequest request = drive.getRequestFactory().buildPutRequest(new GenericUrl(session), content);
		request.getHeaders().setContentRange(contentRange);
		request.setParser(drive.getObjectParser());
		request.setThrowExceptionOnExecuteError(false);
		request.setFollowRedirects(false);
		HttpResponse response = request.execute();
		try {
			int status = response.getStatusCode();
			if (status == 200 || status == 201) {
				return new Progress(response.parseAs(File.class), -1);
			}
			if (status == 308) {
				String range = response.getHeaders().getRange();
				Matcher m = RANGE.matcher(range == null ? "" : range.trim());
				return new Progress(null, m.matches() ? Long.parseLong(m.group(1)) + 1 : 0);
			}
			if (status == 404 || status == 410) {
				return new Progress(null, -1);
			}
			throw GoogleJsonResponseException.from(GsonFactory.getDefaultInstance(), response);
		} finally {
			response.disconnect();
		}
	}

	private static HttpResponse execute(HttpRequest request) throws IOException {
		request.setThrowExceptionOnExecuteError(false);
		HttpResponse response = request.execute();
		if (!response.isSuccessStatusCode()) {
			try {
				throw GoogleJsonResponseException.from(GsonFactory.getDefaultInstance(), response);
			} finally {
				response.disconnect();
			}
		}
		return response;
	}
}

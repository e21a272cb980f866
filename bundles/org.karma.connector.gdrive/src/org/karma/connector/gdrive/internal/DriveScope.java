package org.karma.connector.gdrive.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

import com.google.api.client.http.AbstractInputStreamContent;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.DriveList;
import com.google.api.services.drive.model.File;

/**
 * Where a connection's files live — My Drive, or one shared drive — and the request parameters
 * that follow from it. Every files request says {@code supportsAllDrives=true} (without it Drive
 * acts as if items of shared drives did not exist); listings of a shared drive add
 * {@code corpora=drive}, {@code driveId} and {@code includeItemsFromAllDrives=true}; the change
 * log of a shared drive is its own ({@code driveId} on {@code changes.getStartPageToken} and
 * {@code changes.list}).
 *
 * @param drive   the client
 * @param driveId the shared drive's id (also the id of its top folder), or null for My Drive
 * @param name    for messages: "My Drive" or "shared drive 'Team'"
 */
record DriveScope(Drive drive, String driveId, String name) {

	static DriveScope myDrive(Drive drive) {
		return new DriveScope(drive, null, "My Drive");
	}

	/**
	 * The shared drive the {@code drive} option names, by id or else by name, among those the
	 * account can see ({@code drives.list}).
	 */
	static DriveScope shared(Drive drive, String idOrName) throws IOException, ConnectorException {
		List<com.google.api.services.drive.model.Drive> all = new ArrayList<>();
		String page = null;
		do {
			DriveList list = drive.drives().list().setPageSize(100).setPageToken(page)
					.setFields("nextPageToken,drives(id,name)").execute();
			if (list.getDrives() != null) {
				all.addAll(list.getDrives());
			}
			page = list.getNextPageToken();
		} while (page != null && !page.isEmpty());
		for (com.google.api.services.drive.model.Drive d : all) {
			if (idOrName.equals(d.getId())) {
				return new DriveScope(drive, d.getId(), "shared drive '" + d.getName() + "'");
			}
		}
		List<com.google.api.services.drive.model.Drive> named = all.stream().filter(d -> idOrName.equals(d.getName())).toList();
		if (named.size() == 1) {
			return new DriveScope(drive, named.get(0).getId(), "shared drive '" + idOrName + "'");
		}
		if (named.size() > 1) {
			throw new ConnectorException(Reason.FATAL, RelPath.ROOT, named.size() + " shared drives are named '" + idOrName
					+ "': give the id of one in the option drive (" + String.join(", ", named.stream().map(d -> d.getId()).toList())
					+ ")");
		}
		// FATAL, not NOT_FOUND: a sync would call a missing root "not mounted?" and hide this message
		List<String> names = all.stream().map(d -> "'" + d.getName() + "'").limit(10).toList();
		throw new ConnectorException(Reason.FATAL, RelPath.ROOT, "no shared drive has the name or id '" + idOrName
				+ "' for this account" + (names.isEmpty() ? " (it is a member of none)"
						: " (its shared drives: " + String.join(", ", names) + (all.size() > names.size() ? ", …" : "") + ")"));
	}

	boolean isShared() {
		return driveId != null;
	}

	/** files.list in this drive (add the query with {@code setQ}). */
	Drive.Files.List list() throws IOException {
		Drive.Files.List list = drive.files().list().setSpaces("drive").setSupportsAllDrives(true);
		if (driveId != null) {
			list.setCorpora("drive").setDriveId(driveId).setIncludeItemsFromAllDrives(true);
		}
		return list;
	}

	Drive.Files.Get get(String fileId) throws IOException {
		return drive.files().get(fileId).setSupportsAllDrives(true);
	}

	Drive.Files.Create create(File meta) throws IOException {
		return drive.files().create(meta).setSupportsAllDrives(true);
	}

	Drive.Files.Create create(File meta, AbstractInputStreamContent content) throws IOException {
		return drive.files().create(meta, content).setSupportsAllDrives(true);
	}

	Drive.Files.Update update(String fileId, File meta) throws IOException {
		return drive.files().update(fileId, meta).setSupportsAllDrives(true);
	}

	Drive.Files.Update update(String fileId, File meta, AbstractInputStreamContent content) throws IOException {
		return drive.files().update(fileId, meta, content).setSupportsAllDrives(true);
	}

	Drive.Files.Delete delete(String fileId) throws IOException {
		return drive.files().delete(fileId).setSupportsAllDrives(true);
	}

	/** The token of the change log's present end: the user's log, or the shared drive's. */
	String startPageToken() throws IOException {
		Drive.Changes.GetStartPageToken get = drive.changes().getStartPageToken().setSupportsAllDrives(true);
		if (driveId != null) {
			get.setDriveId(driveId);
		}
		return get.execute().getStartPageToken();
	}

	/** changes.list from a token, of this drive's log. */
	Drive.Changes.List changes(String pageToken) throws IOException {
		Drive.Changes.List list = drive.changes().list(pageToken).setSpaces("drive").setSupportsAllDrives(true);
		if (driveId != null) {
			list.setDriveId(driveId).setIncludeItemsFromAllDrives(true);
		}
		return list;
	}

	@Override
	public String toString() {
		return name;
	}
}

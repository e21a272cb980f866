package org.karma.connector.gdrive.tests;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.connector.tck.FactoryFixture;

/**
 * A fresh folder per test in the fake's My Drive, or in a shared drive (option {@code drive}),
 * reached through the real Drive client.
 */
final class GdriveFixture extends FactoryFixture {
	private static final AtomicInteger FOLDERS = new AtomicInteger();
	/** The journals of resumable uploads of the tests' factories (not the user's ~/.karma). */
	static final java.nio.file.Path JOURNALS;

	static {
		try {
			JOURNALS = java.nio.file.Files.createTempDirectory("karma-gdrive-journals");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	final String folderId;
	final String folderName;
	/** The top folder of the drive the test folder is in: My Drive's, or a shared drive's (its id). */
	final String driveRootId;

	private GdriveFixture(GdriveConnectorFactory factory, ConnectionSpec spec, String folderId, String folderName,
			String driveRootId) throws ConnectorException {
		super(factory, spec);
		this.folderId = folderId;
		this.folderName = folderName;
		this.driveRootId = driveRootId;
	}

	/** A folder in My Drive. */
	static GdriveFixture create(FakeDrive drive, GdriveConnectorFactory factory, Map<String, String> extra, String access,
			String refresh) throws ConnectorException {
		return createIn(drive, FakeDrive.ROOT, factory, extra, access, refresh);
	}

	/**
	 * A folder at the top of {@code driveRootId}: My Drive ({@link FakeDrive#ROOT}) or a shared
	 * drive, which {@code extra} must then name in the option {@code drive}.
	 */
	static GdriveFixture createIn(FakeDrive drive, String driveRootId, GdriveConnectorFactory factory,
			Map<String, String> extra, String access, String refresh) throws ConnectorException {
		String name = "karma-test-" + FOLDERS.incrementAndGet();
		String id = drive.put(driveRootId, name, FakeDrive.FOLDER, new byte[0]);
		return new GdriveFixture(factory, spec(drive, "gdrive:/" + name, extra, access, refresh), id, name, driveRootId);
	}

	static ConnectionSpec spec(FakeDrive drive, String location, Map<String, String> extra, String access, String refresh) {
		Map<String, String> options = new HashMap<>(extra);
		options.put("root_url", drive.rootUrl());
		options.put("token_url", drive.tokenUrl());
		options.put("client_id", FakeDrive.CLIENT_ID);
		options.putIfAbsent("upload_cutoff", String.valueOf(1 << 20));
		options.putIfAbsent("chunk_size", String.valueOf(1 << 20));
		Map<String, String> secrets = new HashMap<>();
		if (access != null) {
			secrets.put("access_token", access);
		}
		if (refresh != null) {
			secrets.put("refresh_token", refresh);
			secrets.put("client_secret", FakeDrive.CLIENT_SECRET);
		}
		return new ConnectionSpec(location, options, key -> Optional.ofNullable(secrets.get(key)).map(String::toCharArray));
	}
}

package org.karma.connector.gdrive.tests;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.connector.tck.FactoryFixture;

/** A fresh folder in the fake's My Drive per test, reached through the real Drive client. */
final class GdriveFixture extends FactoryFixture {
	private static final AtomicInteger FOLDERS = new AtomicInteger();

	final String folderId;
	final String folderName;

	private GdriveFixture(GdriveConnectorFactory factory, ConnectionSpec spec, String folderId, String folderName)
			throws ConnectorException {
		super(factory, spec);
		this.folderId = folderId;
		this.folderName = folderName;
	}

	static GdriveFixture create(FakeDrive drive, GdriveConnectorFactory factory, Map<String, String> extra, String access,
			String refresh) throws ConnectorException {
		String name = "karma-test-" + FOLDERS.incrementAndGet();
		String id = drive.put(FakeDrive.ROOT, name, FakeDrive.FOLDER, new byte[0]);
		return new GdriveFixture(factory, spec(drive, "gdrive:/" + name, extra, access, refresh), id, name);
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

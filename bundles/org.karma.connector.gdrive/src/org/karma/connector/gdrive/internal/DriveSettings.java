package org.karma.connector.gdrive.internal;

import com.google.api.client.util.Sleeper;

/**
 * What a connection needs, checked by the factory. Secrets are held here only, never logged.
 * {@code sharedDrive} is the option {@code drive} (a shared drive's id or name), null for My Drive;
 * {@code journals} the folder of the resumable uploads' journals ({@link UploadJournal}).
 */
record DriveSettings(String rootUrl, String tokenUrl, String clientId, String clientSecret, String accessToken,
		String refreshToken, int uploadCutoff, int chunkSize, int concurrency, boolean useTrash, int maxRetries,
		Sleeper sleeper, java.time.Duration pollInterval, String sharedDrive, java.nio.file.Path journals) {

	@Override
	public String toString() {
		return "DriveSettings[" + rootUrl + "]";
	}
}

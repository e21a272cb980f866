package org.karma.connector.gdrive.internal;

import com.google.api.client.util.Sleeper;

/**
 * What a connection needs, checked by the factory. Secrets are held here only, never logged.
 * {@code sharedDrive} is the option {@code drive} (a shared drive's id or name), null for My Drive.
 */
record DriveSettings(String rootUrl, String tokenUrl, String clientId, String clientSecret, String accessToken,
		String refreshToken, int uploadCutoff, int chunkSize, int concurrency, boolean useTrash, int maxRetries,
		Sleeper sleeper, java.time.Duration pollInterval, String sharedDrive) {

	@Override
	public String toString() {
		return "DriveSettings[" + rootUrl + "]";
	}
}

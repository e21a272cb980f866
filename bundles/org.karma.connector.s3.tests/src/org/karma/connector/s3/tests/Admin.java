package org.karma.connector.s3.tests;

import java.net.URI;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/** A plain SDK client straight to S3Proxy, to look behind the connector (uploads in progress, bulk objects). */
final class Admin implements AutoCloseable {

	final S3Client s3;

	Admin(S3ProxyServer server) {
		s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.builder().build()).region(Region.US_EAST_1)
				.forcePathStyle(true).endpointOverride(URI.create(server.endpoint()))
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
				.credentialsProvider(StaticCredentialsProvider
						.create(AwsBasicCredentials.create(S3ProxyServer.IDENTITY, S3ProxyServer.CREDENTIAL)))
				.build();
	}

	/** Multipart uploads in progress below a prefix of the test bucket. */
	List<MultipartUpload> uploads(String prefix) {
		return s3.listMultipartUploads(b -> b.bucket(S3Fixture.BUCKET).prefix(prefix)).uploads();
	}

	@Override
	public void close() {
		s3.close();
	}
}

package org.karma.core.credentials;

/**
 * Thrown (unchecked, through {@link org.karma.connector.api.ConnectionSpec.Secrets#get}) when a
 * connection asks for a stored secret and the credential store cannot be read. The operations
 * report it as "cannot connect" with the cause's message.
 */
public final class SecretsUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SecretsUnavailableException(CredentialsException cause) {
		super(cause.getMessage(), cause);
	}

	@Override
	public synchronized CredentialsException getCause() {
		return (CredentialsException) super.getCause();
	}
}

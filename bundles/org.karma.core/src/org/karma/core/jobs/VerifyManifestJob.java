package org.karma.core.jobs;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.IntegrityException;

/**
 * Verifies a manifest ({@link CheckOperation#verify}): its signature, then the trees. The check is
 * recorded in the history whatever it found, also when the signature fails.
 */
public final class VerifyManifestJob extends CheckJob<CheckOperation.Verified> {

	private final CheckOperation.VerifyRequest request;

	public VerifyManifestJob(CheckOperation operation, CheckOperation.VerifyRequest request) {
		super("Verifying " + request.manifest().getFileName(), operation);
		this.request = Objects.requireNonNull(request);
	}

	/** What this job verifies. */
	public CheckOperation.VerifyRequest request() {
		return request;
	}

	@Override
	protected CheckOperation.Verified execute(IProgressMonitor monitor) throws IntegrityException {
		return operation.verify(request, monitor);
	}
}

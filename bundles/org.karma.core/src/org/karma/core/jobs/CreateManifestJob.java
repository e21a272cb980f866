package org.karma.core.jobs;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.IntegrityException;

/** Makes a manifest of one or more trees and writes it with its signature ({@link CheckOperation#create}). */
public final class CreateManifestJob extends CheckJob<CheckOperation.Created> {

	private final CheckOperation.CreateRequest request;

	public CreateManifestJob(CheckOperation operation, CheckOperation.CreateRequest request) {
		super("Making the manifest " + request.group(), operation);
		this.request = Objects.requireNonNull(request);
	}

	/** What this job makes. */
	public CheckOperation.CreateRequest request() {
		return request;
	}

	@Override
	protected CheckOperation.Created execute(IProgressMonitor monitor) throws IntegrityException {
		return operation.create(request, monitor);
	}
}

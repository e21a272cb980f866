package org.karma.model;

import java.util.regex.Pattern;

import org.karma.model.profile.Endpoint;
import org.karma.model.profile.ProfileFactory;
import org.karma.model.profile.SyncProfile;

/** Creating profiles with everything a user expects filled in. */
public final class Profiles {

	/** Profile names: also file names, so letters, digits, '.', '_', '-', starting with a letter or digit. */
	public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private Profiles() {
	}

	/** A new profile with all parts present and every value at its default. */
	public static SyncProfile create(String name, String leftUri, String rightUri) {
		ProfileFactory factory = ProfileFactory.eINSTANCE;
		SyncProfile profile = factory.createSyncProfile();
		profile.setName(name);
		Endpoint left = factory.createEndpoint();
		left.setUri(leftUri);
		profile.setLeft(left);
		Endpoint right = factory.createEndpoint();
		right.setUri(rightUri);
		profile.setRight(right);
		completeDefaults(profile);
		return profile;
	}

	/**
	 * Adds the parts a stored file may leave out (an omitted part means "all defaults"), so that
	 * code reading a profile never meets a missing comparison, filter, versioning, schedule or
	 * integrity part.
	 */
	public static void completeDefaults(SyncProfile profile) {
		ProfileFactory factory = ProfileFactory.eINSTANCE;
		if (profile.getComparison() == null) {
			profile.setComparison(factory.createComparison());
		}
		if (profile.getFilter() == null) {
			profile.setFilter(factory.createFilter());
		}
		if (profile.getVersioning() == null) {
			profile.setVersioning(factory.createVersioningPolicy());
		}
		if (profile.getSchedule() == null) {
			profile.setSchedule(factory.createSchedule());
		}
		if (profile.getIntegrity() == null) {
			profile.setIntegrity(factory.createIntegrity());
		}
	}
}

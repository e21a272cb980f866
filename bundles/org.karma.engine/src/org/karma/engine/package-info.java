/**
 * The sync engine, a plain library: scan endpoints into snapshots, plan (a pure function of base
 * state, both snapshots and the profile), execute the plan safely, keep versions of everything it
 * replaces. Only {@code org.eclipse.equinox.common} from Eclipse; no jobs, no UI, no statics:
 * time and the environment are passed in.
 */
package org.karma.engine;

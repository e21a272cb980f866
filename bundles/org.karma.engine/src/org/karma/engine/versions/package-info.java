/**
 * Versions of files that a sync replaces or deletes, kept on the endpoint where the file lived in
 * a folder that is never synced ({@code .karma-versions/} at the endpoint's root by default).
 *
 * <ul>
 * <li>{@link org.karma.engine.versions.VersionArchive}: archive a file before it is overwritten or
 * deleted, list, restore and prune versions (the I/O);</li>
 * <li>{@link org.karma.engine.versions.VersionNames}: how a version is named and parsed back;</li>
 * <li>{@link org.karma.engine.versions.Retention}: which versions a
 * {@link org.karma.engine.versions.RetentionSettings} drops at a given instant (pure).</li>
 * </ul>
 */
package org.karma.engine.versions;

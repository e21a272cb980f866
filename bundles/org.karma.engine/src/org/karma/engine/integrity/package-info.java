/**
 * Integrity manifests: what a tree held (sizes, times, SHA-256/MD5 of every file), made on several
 * threads by {@link org.karma.engine.integrity.ManifestMaker}, written as JSON by
 * {@link org.karma.engine.integrity.ManifestJson}, signed with Ed25519 by
 * {@link org.karma.engine.integrity.ManifestSignature}, checked against the tree again by
 * {@link org.karma.engine.integrity.ManifestVerifier} (bitrot is content that changed under an
 * unchanged size and time) and compared with an older manifest by
 * {@link org.karma.engine.integrity.ManifestDiff}. A plain library: no jobs, no UI, no files of its own.
 */
package org.karma.engine.integrity;

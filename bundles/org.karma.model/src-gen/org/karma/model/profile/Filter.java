/**
 */
package org.karma.model.profile;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which files and folders take part in a sync. Globs use / as separator; * matches within one path segment, ** across segments, ? one character, [abc] a set, {a,b} alternatives. A glob without / matches the name at any depth; a glob starting with / is anchored at the endpoint root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.Filter#getIncludes <em>Includes</em>}</li>
 *   <li>{@link org.karma.model.profile.Filter#getExcludes <em>Excludes</em>}</li>
 *   <li>{@link org.karma.model.profile.Filter#isExcludeHidden <em>Exclude Hidden</em>}</li>
 *   <li>{@link org.karma.model.profile.Filter#getFileBlacklist <em>File Blacklist</em>}</li>
 *   <li>{@link org.karma.model.profile.Filter#getDirectoryBlacklist <em>Directory Blacklist</em>}</li>
 *   <li>{@link org.karma.model.profile.Filter#getMinSizeBytes <em>Min Size Bytes</em>}</li>
 *   <li>{@link org.karma.model.profile.Filter#getMaxSizeBytes <em>Max Size Bytes</em>}</li>
 *   <li>{@link org.karma.model.profile.Filter#getMaxAgeDays <em>Max Age Days</em>}</li>
 * </ul>
 *
 * @see org.karma.model.profile.ProfilePackage#getFilter()
 * @model
 * @generated
 */
public interface Filter extends EObject {
	/**
	 * Returns the value of the '<em><b>Includes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When not empty, only paths matching one of these globs are synced (folders are still traversed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Includes</em>' attribute list.
	 * @see org.karma.model.profile.ProfilePackage#getFilter_Includes()
	 * @model
	 * @generated
	 */
	EList<String> getIncludes();

	/**
	 * Returns the value of the '<em><b>Excludes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paths matching any of these globs are left alone (excluded folders are not traversed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excludes</em>' attribute list.
	 * @see org.karma.model.profile.ProfilePackage#getFilter_Excludes()
	 * @model
	 * @generated
	 */
	EList<String> getExcludes();

	/**
	 * Returns the value of the '<em><b>Exclude Hidden</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave out hidden files and folders (names starting with a dot, or marked hidden by the file system).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude Hidden</em>' attribute.
	 * @see #setExcludeHidden(boolean)
	 * @see org.karma.model.profile.ProfilePackage#getFilter_ExcludeHidden()
	 * @model default="false"
	 * @generated
	 */
	boolean isExcludeHidden();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Filter#isExcludeHidden <em>Exclude Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Hidden</em>' attribute.
	 * @see #isExcludeHidden()
	 * @generated
	 */
	void setExcludeHidden(boolean value);

	/**
	 * Returns the value of the '<em><b>File Blacklist</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exact file names never synced at any depth, e.g. Thumbs.db, .DS_Store, desktop.ini.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Blacklist</em>' attribute list.
	 * @see org.karma.model.profile.ProfilePackage#getFilter_FileBlacklist()
	 * @model
	 * @generated
	 */
	EList<String> getFileBlacklist();

	/**
	 * Returns the value of the '<em><b>Directory Blacklist</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exact folder names never entered at any depth, e.g. .git, node_modules, $RECYCLE.BIN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Directory Blacklist</em>' attribute list.
	 * @see org.karma.model.profile.ProfilePackage#getFilter_DirectoryBlacklist()
	 * @model
	 * @generated
	 */
	EList<String> getDirectoryBlacklist();

	/**
	 * Returns the value of the '<em><b>Min Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files smaller than this many bytes are left out (unset: no lower limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Size Bytes</em>' attribute.
	 * @see #isSetMinSizeBytes()
	 * @see #unsetMinSizeBytes()
	 * @see #setMinSizeBytes(long)
	 * @see org.karma.model.profile.ProfilePackage#getFilter_MinSizeBytes()
	 * @model unsettable="true"
	 * @generated
	 */
	long getMinSizeBytes();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Filter#getMinSizeBytes <em>Min Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Size Bytes</em>' attribute.
	 * @see #isSetMinSizeBytes()
	 * @see #unsetMinSizeBytes()
	 * @see #getMinSizeBytes()
	 * @generated
	 */
	void setMinSizeBytes(long value);

	/**
	 * Unsets the value of the '{@link org.karma.model.profile.Filter#getMinSizeBytes <em>Min Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMinSizeBytes()
	 * @see #getMinSizeBytes()
	 * @see #setMinSizeBytes(long)
	 * @generated
	 */
	void unsetMinSizeBytes();

	/**
	 * Returns whether the value of the '{@link org.karma.model.profile.Filter#getMinSizeBytes <em>Min Size Bytes</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Min Size Bytes</em>' attribute is set.
	 * @see #unsetMinSizeBytes()
	 * @see #getMinSizeBytes()
	 * @see #setMinSizeBytes(long)
	 * @generated
	 */
	boolean isSetMinSizeBytes();

	/**
	 * Returns the value of the '<em><b>Max Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files larger than this many bytes are left out (unset: no upper limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Size Bytes</em>' attribute.
	 * @see #isSetMaxSizeBytes()
	 * @see #unsetMaxSizeBytes()
	 * @see #setMaxSizeBytes(long)
	 * @see org.karma.model.profile.ProfilePackage#getFilter_MaxSizeBytes()
	 * @model unsettable="true"
	 * @generated
	 */
	long getMaxSizeBytes();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Filter#getMaxSizeBytes <em>Max Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Size Bytes</em>' attribute.
	 * @see #isSetMaxSizeBytes()
	 * @see #unsetMaxSizeBytes()
	 * @see #getMaxSizeBytes()
	 * @generated
	 */
	void setMaxSizeBytes(long value);

	/**
	 * Unsets the value of the '{@link org.karma.model.profile.Filter#getMaxSizeBytes <em>Max Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxSizeBytes()
	 * @see #getMaxSizeBytes()
	 * @see #setMaxSizeBytes(long)
	 * @generated
	 */
	void unsetMaxSizeBytes();

	/**
	 * Returns whether the value of the '{@link org.karma.model.profile.Filter#getMaxSizeBytes <em>Max Size Bytes</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max Size Bytes</em>' attribute is set.
	 * @see #unsetMaxSizeBytes()
	 * @see #getMaxSizeBytes()
	 * @see #setMaxSizeBytes(long)
	 * @generated
	 */
	boolean isSetMaxSizeBytes();

	/**
	 * Returns the value of the '<em><b>Max Age Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files not modified for more than this many days are left out (unset: no limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Age Days</em>' attribute.
	 * @see #isSetMaxAgeDays()
	 * @see #unsetMaxAgeDays()
	 * @see #setMaxAgeDays(int)
	 * @see org.karma.model.profile.ProfilePackage#getFilter_MaxAgeDays()
	 * @model unsettable="true"
	 * @generated
	 */
	int getMaxAgeDays();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Filter#getMaxAgeDays <em>Max Age Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age Days</em>' attribute.
	 * @see #isSetMaxAgeDays()
	 * @see #unsetMaxAgeDays()
	 * @see #getMaxAgeDays()
	 * @generated
	 */
	void setMaxAgeDays(int value);

	/**
	 * Unsets the value of the '{@link org.karma.model.profile.Filter#getMaxAgeDays <em>Max Age Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxAgeDays()
	 * @see #getMaxAgeDays()
	 * @see #setMaxAgeDays(int)
	 * @generated
	 */
	void unsetMaxAgeDays();

	/**
	 * Returns whether the value of the '{@link org.karma.model.profile.Filter#getMaxAgeDays <em>Max Age Days</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max Age Days</em>' attribute is set.
	 * @see #unsetMaxAgeDays()
	 * @see #getMaxAgeDays()
	 * @see #setMaxAgeDays(int)
	 * @generated
	 */
	boolean isSetMaxAgeDays();

} // Filter

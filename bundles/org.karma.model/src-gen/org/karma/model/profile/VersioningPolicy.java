/**
 */
package org.karma.model.profile;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Versioning Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How old versions of files that a sync overwrites or deletes are kept, so that nothing a sync touches is lost.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.VersioningPolicy#getKind <em>Kind</em>}</li>
 *   <li>{@link org.karma.model.profile.VersioningPolicy#getCount <em>Count</em>}</li>
 *   <li>{@link org.karma.model.profile.VersioningPolicy#getMaxAgeDays <em>Max Age Days</em>}</li>
 *   <li>{@link org.karma.model.profile.VersioningPolicy#getLocation <em>Location</em>}</li>
 *   <li>{@link org.karma.model.profile.VersioningPolicy#getMaxTotalSizeBytes <em>Max Total Size Bytes</em>}</li>
 * </ul>
 *
 * @see org.karma.model.profile.ProfilePackage#getVersioningPolicy()
 * @model
 * @generated
 */
public interface VersioningPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"KEEP_LAST"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.VersioningKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The versioning scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.karma.model.profile.VersioningKind
	 * @see #setKind(VersioningKind)
	 * @see org.karma.model.profile.ProfilePackage#getVersioningPolicy_Kind()
	 * @model default="KEEP_LAST"
	 * @generated
	 */
	VersioningKind getKind();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.VersioningPolicy#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.karma.model.profile.VersioningKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(VersioningKind value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KEEP_LAST: how many old versions of each file are kept (1 to 10000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.karma.model.profile.ProfilePackage#getVersioningPolicy_Count()
	 * @model default="10"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.VersioningPolicy#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Max Age Days</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BY_AGE: versions older than this many days are purged (1 to 36500).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Age Days</em>' attribute.
	 * @see #setMaxAgeDays(int)
	 * @see org.karma.model.profile.ProfilePackage#getVersioningPolicy_MaxAgeDays()
	 * @model default="30"
	 * @generated
	 */
	int getMaxAgeDays();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.VersioningPolicy#getMaxAgeDays <em>Max Age Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age Days</em>' attribute.
	 * @see #getMaxAgeDays()
	 * @generated
	 */
	void setMaxAgeDays(int value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where versions live: empty for the default (a .karma-versions folder at the root of the side where the file was replaced), or a URI of another location.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.karma.model.profile.ProfilePackage#getVersioningPolicy_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.VersioningPolicy#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Max Total Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Oldest versions are purged once all versions of the profile take more than this many bytes (unset: no limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Total Size Bytes</em>' attribute.
	 * @see #isSetMaxTotalSizeBytes()
	 * @see #unsetMaxTotalSizeBytes()
	 * @see #setMaxTotalSizeBytes(long)
	 * @see org.karma.model.profile.ProfilePackage#getVersioningPolicy_MaxTotalSizeBytes()
	 * @model unsettable="true"
	 * @generated
	 */
	long getMaxTotalSizeBytes();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.VersioningPolicy#getMaxTotalSizeBytes <em>Max Total Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Total Size Bytes</em>' attribute.
	 * @see #isSetMaxTotalSizeBytes()
	 * @see #unsetMaxTotalSizeBytes()
	 * @see #getMaxTotalSizeBytes()
	 * @generated
	 */
	void setMaxTotalSizeBytes(long value);

	/**
	 * Unsets the value of the '{@link org.karma.model.profile.VersioningPolicy#getMaxTotalSizeBytes <em>Max Total Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxTotalSizeBytes()
	 * @see #getMaxTotalSizeBytes()
	 * @see #setMaxTotalSizeBytes(long)
	 * @generated
	 */
	void unsetMaxTotalSizeBytes();

	/**
	 * Returns whether the value of the '{@link org.karma.model.profile.VersioningPolicy#getMaxTotalSizeBytes <em>Max Total Size Bytes</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max Total Size Bytes</em>' attribute is set.
	 * @see #unsetMaxTotalSizeBytes()
	 * @see #getMaxTotalSizeBytes()
	 * @see #setMaxTotalSizeBytes(long)
	 * @generated
	 */
	boolean isSetMaxTotalSizeBytes();

} // VersioningPolicy

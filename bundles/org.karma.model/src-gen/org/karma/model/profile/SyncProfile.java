/**
 */
package org.karma.model.profile;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sync Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sync profile: what to keep in sync (two endpoints) and how. Stored as one XMI file NAME.karma in the profile store; machine state (base snapshots, history) is kept elsewhere and never in this file. Secrets are never stored here: endpoints refer to credentials by id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.SyncProfile#getName <em>Name</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getDescription <em>Description</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getLeft <em>Left</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getRight <em>Right</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getConflictPolicy <em>Conflict Policy</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getFilter <em>Filter</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getVersioning <em>Versioning</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getIntegrity <em>Integrity</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getParallelTransfers <em>Parallel Transfers</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getDeleteGuardPercent <em>Delete Guard Percent</em>}</li>
 *   <li>{@link org.karma.model.profile.SyncProfile#getClockSkewSeconds <em>Clock Skew Seconds</em>}</li>
 * </ul>
 *
 * @see org.karma.model.profile.ProfilePackage#getSyncProfile()
 * @model
 * @generated
 */
public interface SyncProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name of the profile; also its file name (NAME.karma). 1 to 64 characters: letters, digits, '.', '_' and '-', starting with a letter or digit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text shown in the profile list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disabled profiles are neither scheduled nor watched; they can still be run by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The left endpoint: the source for MIRROR and UPDATE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Left</em>' containment reference.
	 * @see #setLeft(Endpoint)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Left()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Endpoint getLeft();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getLeft <em>Left</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Left</em>' containment reference.
	 * @see #getLeft()
	 * @generated
	 */
	void setLeft(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The right endpoint: the destination for MIRROR and UPDATE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Right</em>' containment reference.
	 * @see #setRight(Endpoint)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Right()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Endpoint getRight();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getRight <em>Right</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right</em>' containment reference.
	 * @see #getRight()
	 * @generated
	 */
	void setRight(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"TWO_WAY"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How changes flow between the endpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.karma.model.profile.Direction
	 * @see #setDirection(Direction)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Direction()
	 * @model default="TWO_WAY"
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.karma.model.profile.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Comparison</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How two files are decided to be equal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparison</em>' containment reference.
	 * @see #setComparison(Comparison)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Comparison()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Comparison getComparison();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getComparison <em>Comparison</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison</em>' containment reference.
	 * @see #getComparison()
	 * @generated
	 */
	void setComparison(Comparison value);

	/**
	 * Returns the value of the '<em><b>Conflict Policy</b></em>' attribute.
	 * The default value is <code>"KEEP_BOTH"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.ConflictPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens when both sides changed the same path differently (TWO_WAY), or when the destination changed behind our back (MIRROR, UPDATE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflict Policy</em>' attribute.
	 * @see org.karma.model.profile.ConflictPolicy
	 * @see #setConflictPolicy(ConflictPolicy)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_ConflictPolicy()
	 * @model default="KEEP_BOTH"
	 * @generated
	 */
	ConflictPolicy getConflictPolicy();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getConflictPolicy <em>Conflict Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conflict Policy</em>' attribute.
	 * @see org.karma.model.profile.ConflictPolicy
	 * @see #getConflictPolicy()
	 * @generated
	 */
	void setConflictPolicy(ConflictPolicy value);

	/**
	 * Returns the value of the '<em><b>Filter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which files and folders take part in the sync.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filter</em>' containment reference.
	 * @see #setFilter(Filter)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Filter()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Filter getFilter();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getFilter <em>Filter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filter</em>' containment reference.
	 * @see #getFilter()
	 * @generated
	 */
	void setFilter(Filter value);

	/**
	 * Returns the value of the '<em><b>Versioning</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How old versions of overwritten or deleted files are kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Versioning</em>' containment reference.
	 * @see #setVersioning(VersioningPolicy)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Versioning()
	 * @model containment="true" required="true"
	 * @generated
	 */
	VersioningPolicy getVersioning();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getVersioning <em>Versioning</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Versioning</em>' containment reference.
	 * @see #getVersioning()
	 * @generated
	 */
	void setVersioning(VersioningPolicy value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the profile runs by itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' containment reference.
	 * @see #setSchedule(Schedule)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Schedule()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Schedule getSchedule();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getSchedule <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' containment reference.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(Schedule value);

	/**
	 * Returns the value of the '<em><b>Integrity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verification of copied data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Integrity</em>' containment reference.
	 * @see #setIntegrity(Integrity)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_Integrity()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Integrity getIntegrity();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getIntegrity <em>Integrity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Integrity</em>' containment reference.
	 * @see #getIntegrity()
	 * @generated
	 */
	void setIntegrity(Integrity value);

	/**
	 * Returns the value of the '<em><b>Parallel Transfers</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many files are transferred at the same time (1 to 64); each connection may cap it further.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parallel Transfers</em>' attribute.
	 * @see #setParallelTransfers(int)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_ParallelTransfers()
	 * @model default="4"
	 * @generated
	 */
	int getParallelTransfers();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getParallelTransfers <em>Parallel Transfers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parallel Transfers</em>' attribute.
	 * @see #getParallelTransfers()
	 * @generated
	 */
	void setParallelTransfers(int value);

	/**
	 * Returns the value of the '<em><b>Delete Guard Percent</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Safety: a run that would delete more than this percentage of the files on a side holding at least 10 files stops before touching anything (0 to 100; 100 disables the guard).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delete Guard Percent</em>' attribute.
	 * @see #setDeleteGuardPercent(int)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_DeleteGuardPercent()
	 * @model default="50"
	 * @generated
	 */
	int getDeleteGuardPercent();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getDeleteGuardPercent <em>Delete Guard Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delete Guard Percent</em>' attribute.
	 * @see #getDeleteGuardPercent()
	 * @generated
	 */
	void setDeleteGuardPercent(int value);

	/**
	 * Returns the value of the '<em><b>Clock Skew Seconds</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known difference between the clocks of the two endpoints in seconds (added to the right side's modification times before comparing; 0 to 86400 in absolute value).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clock Skew Seconds</em>' attribute.
	 * @see #setClockSkewSeconds(int)
	 * @see org.karma.model.profile.ProfilePackage#getSyncProfile_ClockSkewSeconds()
	 * @model default="0"
	 * @generated
	 */
	int getClockSkewSeconds();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.SyncProfile#getClockSkewSeconds <em>Clock Skew Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock Skew Seconds</em>' attribute.
	 * @see #getClockSkewSeconds()
	 * @generated
	 */
	void setClockSkewSeconds(int value);

} // SyncProfile

/**
 */
package org.karma.model.profile.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.karma.model.profile.Comparison;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.Filter;
import org.karma.model.profile.Integrity;
import org.karma.model.profile.ProfilePackage;
import org.karma.model.profile.Schedule;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sync Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getLeft <em>Left</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getRight <em>Right</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getConflictPolicy <em>Conflict Policy</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getFilter <em>Filter</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getVersioning <em>Versioning</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getIntegrity <em>Integrity</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getParallelTransfers <em>Parallel Transfers</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getDeleteGuardPercent <em>Delete Guard Percent</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.SyncProfileImpl#getClockSkewSeconds <em>Clock Skew Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyncProfileImpl extends MinimalEObjectImpl.Container implements SyncProfile {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeft() <em>Left</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeft()
	 * @generated
	 * @ordered
	 */
	protected Endpoint left;

	/**
	 * The cached value of the '{@link #getRight() <em>Right</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRight()
	 * @generated
	 * @ordered
	 */
	protected Endpoint right;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.TWO_WAY;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComparison() <em>Comparison</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparison()
	 * @generated
	 * @ordered
	 */
	protected Comparison comparison;

	/**
	 * The default value of the '{@link #getConflictPolicy() <em>Conflict Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflictPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final ConflictPolicy CONFLICT_POLICY_EDEFAULT = ConflictPolicy.KEEP_BOTH;

	/**
	 * The cached value of the '{@link #getConflictPolicy() <em>Conflict Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflictPolicy()
	 * @generated
	 * @ordered
	 */
	protected ConflictPolicy conflictPolicy = CONFLICT_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFilter() <em>Filter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilter()
	 * @generated
	 * @ordered
	 */
	protected Filter filter;

	/**
	 * The cached value of the '{@link #getVersioning() <em>Versioning</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersioning()
	 * @generated
	 * @ordered
	 */
	protected VersioningPolicy versioning;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected Schedule schedule;

	/**
	 * The cached value of the '{@link #getIntegrity() <em>Integrity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrity()
	 * @generated
	 * @ordered
	 */
	protected Integrity integrity;

	/**
	 * The default value of the '{@link #getParallelTransfers() <em>Parallel Transfers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelTransfers()
	 * @generated
	 * @ordered
	 */
	protected static final int PARALLEL_TRANSFERS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getParallelTransfers() <em>Parallel Transfers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelTransfers()
	 * @generated
	 * @ordered
	 */
	protected int parallelTransfers = PARALLEL_TRANSFERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeleteGuardPercent() <em>Delete Guard Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeleteGuardPercent()
	 * @generated
	 * @ordered
	 */
	protected static final int DELETE_GUARD_PERCENT_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getDeleteGuardPercent() <em>Delete Guard Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeleteGuardPercent()
	 * @generated
	 * @ordered
	 */
	protected int deleteGuardPercent = DELETE_GUARD_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClockSkewSeconds() <em>Clock Skew Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockSkewSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int CLOCK_SKEW_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getClockSkewSeconds() <em>Clock Skew Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockSkewSeconds()
	 * @generated
	 * @ordered
	 */
	protected int clockSkewSeconds = CLOCK_SKEW_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyncProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfilePackage.Literals.SYNC_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint getLeft() {
		return left;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLeft(Endpoint newLeft, NotificationChain msgs) {
		Endpoint oldLeft = left;
		left = newLeft;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__LEFT, oldLeft, newLeft);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeft(Endpoint newLeft) {
		if (newLeft != left) {
			NotificationChain msgs = null;
			if (left != null)
				msgs = ((InternalEObject)left).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__LEFT, null, msgs);
			if (newLeft != null)
				msgs = ((InternalEObject)newLeft).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__LEFT, null, msgs);
			msgs = basicSetLeft(newLeft, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__LEFT, newLeft, newLeft));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint getRight() {
		return right;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRight(Endpoint newRight, NotificationChain msgs) {
		Endpoint oldRight = right;
		right = newRight;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__RIGHT, oldRight, newRight);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRight(Endpoint newRight) {
		if (newRight != right) {
			NotificationChain msgs = null;
			if (right != null)
				msgs = ((InternalEObject)right).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__RIGHT, null, msgs);
			if (newRight != null)
				msgs = ((InternalEObject)newRight).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__RIGHT, null, msgs);
			msgs = basicSetRight(newRight, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__RIGHT, newRight, newRight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparison getComparison() {
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetComparison(Comparison newComparison, NotificationChain msgs) {
		Comparison oldComparison = comparison;
		comparison = newComparison;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__COMPARISON, oldComparison, newComparison);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparison(Comparison newComparison) {
		if (newComparison != comparison) {
			NotificationChain msgs = null;
			if (comparison != null)
				msgs = ((InternalEObject)comparison).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__COMPARISON, null, msgs);
			if (newComparison != null)
				msgs = ((InternalEObject)newComparison).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__COMPARISON, null, msgs);
			msgs = basicSetComparison(newComparison, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__COMPARISON, newComparison, newComparison));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConflictPolicy getConflictPolicy() {
		return conflictPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConflictPolicy(ConflictPolicy newConflictPolicy) {
		ConflictPolicy oldConflictPolicy = conflictPolicy;
		conflictPolicy = newConflictPolicy == null ? CONFLICT_POLICY_EDEFAULT : newConflictPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__CONFLICT_POLICY, oldConflictPolicy, conflictPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filter getFilter() {
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFilter(Filter newFilter, NotificationChain msgs) {
		Filter oldFilter = filter;
		filter = newFilter;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__FILTER, oldFilter, newFilter);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilter(Filter newFilter) {
		if (newFilter != filter) {
			NotificationChain msgs = null;
			if (filter != null)
				msgs = ((InternalEObject)filter).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__FILTER, null, msgs);
			if (newFilter != null)
				msgs = ((InternalEObject)newFilter).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__FILTER, null, msgs);
			msgs = basicSetFilter(newFilter, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__FILTER, newFilter, newFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VersioningPolicy getVersioning() {
		return versioning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVersioning(VersioningPolicy newVersioning, NotificationChain msgs) {
		VersioningPolicy oldVersioning = versioning;
		versioning = newVersioning;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__VERSIONING, oldVersioning, newVersioning);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersioning(VersioningPolicy newVersioning) {
		if (newVersioning != versioning) {
			NotificationChain msgs = null;
			if (versioning != null)
				msgs = ((InternalEObject)versioning).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__VERSIONING, null, msgs);
			if (newVersioning != null)
				msgs = ((InternalEObject)newVersioning).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__VERSIONING, null, msgs);
			msgs = basicSetVersioning(newVersioning, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__VERSIONING, newVersioning, newVersioning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedule(Schedule newSchedule, NotificationChain msgs) {
		Schedule oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__SCHEDULE, oldSchedule, newSchedule);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(Schedule newSchedule) {
		if (newSchedule != schedule) {
			NotificationChain msgs = null;
			if (schedule != null)
				msgs = ((InternalEObject)schedule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__SCHEDULE, null, msgs);
			if (newSchedule != null)
				msgs = ((InternalEObject)newSchedule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__SCHEDULE, null, msgs);
			msgs = basicSetSchedule(newSchedule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__SCHEDULE, newSchedule, newSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integrity getIntegrity() {
		return integrity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIntegrity(Integrity newIntegrity, NotificationChain msgs) {
		Integrity oldIntegrity = integrity;
		integrity = newIntegrity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__INTEGRITY, oldIntegrity, newIntegrity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntegrity(Integrity newIntegrity) {
		if (newIntegrity != integrity) {
			NotificationChain msgs = null;
			if (integrity != null)
				msgs = ((InternalEObject)integrity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__INTEGRITY, null, msgs);
			if (newIntegrity != null)
				msgs = ((InternalEObject)newIntegrity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfilePackage.SYNC_PROFILE__INTEGRITY, null, msgs);
			msgs = basicSetIntegrity(newIntegrity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__INTEGRITY, newIntegrity, newIntegrity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParallelTransfers() {
		return parallelTransfers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParallelTransfers(int newParallelTransfers) {
		int oldParallelTransfers = parallelTransfers;
		parallelTransfers = newParallelTransfers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__PARALLEL_TRANSFERS, oldParallelTransfers, parallelTransfers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeleteGuardPercent() {
		return deleteGuardPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeleteGuardPercent(int newDeleteGuardPercent) {
		int oldDeleteGuardPercent = deleteGuardPercent;
		deleteGuardPercent = newDeleteGuardPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__DELETE_GUARD_PERCENT, oldDeleteGuardPercent, deleteGuardPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClockSkewSeconds() {
		return clockSkewSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockSkewSeconds(int newClockSkewSeconds) {
		int oldClockSkewSeconds = clockSkewSeconds;
		clockSkewSeconds = newClockSkewSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SYNC_PROFILE__CLOCK_SKEW_SECONDS, oldClockSkewSeconds, clockSkewSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProfilePackage.SYNC_PROFILE__LEFT:
				return basicSetLeft(null, msgs);
			case ProfilePackage.SYNC_PROFILE__RIGHT:
				return basicSetRight(null, msgs);
			case ProfilePackage.SYNC_PROFILE__COMPARISON:
				return basicSetComparison(null, msgs);
			case ProfilePackage.SYNC_PROFILE__FILTER:
				return basicSetFilter(null, msgs);
			case ProfilePackage.SYNC_PROFILE__VERSIONING:
				return basicSetVersioning(null, msgs);
			case ProfilePackage.SYNC_PROFILE__SCHEDULE:
				return basicSetSchedule(null, msgs);
			case ProfilePackage.SYNC_PROFILE__INTEGRITY:
				return basicSetIntegrity(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfilePackage.SYNC_PROFILE__NAME:
				return getName();
			case ProfilePackage.SYNC_PROFILE__DESCRIPTION:
				return getDescription();
			case ProfilePackage.SYNC_PROFILE__ENABLED:
				return isEnabled();
			case ProfilePackage.SYNC_PROFILE__LEFT:
				return getLeft();
			case ProfilePackage.SYNC_PROFILE__RIGHT:
				return getRight();
			case ProfilePackage.SYNC_PROFILE__DIRECTION:
				return getDirection();
			case ProfilePackage.SYNC_PROFILE__COMPARISON:
				return getComparison();
			case ProfilePackage.SYNC_PROFILE__CONFLICT_POLICY:
				return getConflictPolicy();
			case ProfilePackage.SYNC_PROFILE__FILTER:
				return getFilter();
			case ProfilePackage.SYNC_PROFILE__VERSIONING:
				return getVersioning();
			case ProfilePackage.SYNC_PROFILE__SCHEDULE:
				return getSchedule();
			case ProfilePackage.SYNC_PROFILE__INTEGRITY:
				return getIntegrity();
			case ProfilePackage.SYNC_PROFILE__PARALLEL_TRANSFERS:
				return getParallelTransfers();
			case ProfilePackage.SYNC_PROFILE__DELETE_GUARD_PERCENT:
				return getDeleteGuardPercent();
			case ProfilePackage.SYNC_PROFILE__CLOCK_SKEW_SECONDS:
				return getClockSkewSeconds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProfilePackage.SYNC_PROFILE__NAME:
				setName((String)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__LEFT:
				setLeft((Endpoint)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__RIGHT:
				setRight((Endpoint)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__COMPARISON:
				setComparison((Comparison)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__CONFLICT_POLICY:
				setConflictPolicy((ConflictPolicy)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__FILTER:
				setFilter((Filter)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__VERSIONING:
				setVersioning((VersioningPolicy)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__SCHEDULE:
				setSchedule((Schedule)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__INTEGRITY:
				setIntegrity((Integrity)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__PARALLEL_TRANSFERS:
				setParallelTransfers((Integer)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__DELETE_GUARD_PERCENT:
				setDeleteGuardPercent((Integer)newValue);
				return;
			case ProfilePackage.SYNC_PROFILE__CLOCK_SKEW_SECONDS:
				setClockSkewSeconds((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProfilePackage.SYNC_PROFILE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ProfilePackage.SYNC_PROFILE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ProfilePackage.SYNC_PROFILE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case ProfilePackage.SYNC_PROFILE__LEFT:
				setLeft((Endpoint)null);
				return;
			case ProfilePackage.SYNC_PROFILE__RIGHT:
				setRight((Endpoint)null);
				return;
			case ProfilePackage.SYNC_PROFILE__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ProfilePackage.SYNC_PROFILE__COMPARISON:
				setComparison((Comparison)null);
				return;
			case ProfilePackage.SYNC_PROFILE__CONFLICT_POLICY:
				setConflictPolicy(CONFLICT_POLICY_EDEFAULT);
				return;
			case ProfilePackage.SYNC_PROFILE__FILTER:
				setFilter((Filter)null);
				return;
			case ProfilePackage.SYNC_PROFILE__VERSIONING:
				setVersioning((VersioningPolicy)null);
				return;
			case ProfilePackage.SYNC_PROFILE__SCHEDULE:
				setSchedule((Schedule)null);
				return;
			case ProfilePackage.SYNC_PROFILE__INTEGRITY:
				setIntegrity((Integrity)null);
				return;
			case ProfilePackage.SYNC_PROFILE__PARALLEL_TRANSFERS:
				setParallelTransfers(PARALLEL_TRANSFERS_EDEFAULT);
				return;
			case ProfilePackage.SYNC_PROFILE__DELETE_GUARD_PERCENT:
				setDeleteGuardPercent(DELETE_GUARD_PERCENT_EDEFAULT);
				return;
			case ProfilePackage.SYNC_PROFILE__CLOCK_SKEW_SECONDS:
				setClockSkewSeconds(CLOCK_SKEW_SECONDS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProfilePackage.SYNC_PROFILE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ProfilePackage.SYNC_PROFILE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ProfilePackage.SYNC_PROFILE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case ProfilePackage.SYNC_PROFILE__LEFT:
				return left != null;
			case ProfilePackage.SYNC_PROFILE__RIGHT:
				return right != null;
			case ProfilePackage.SYNC_PROFILE__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case ProfilePackage.SYNC_PROFILE__COMPARISON:
				return comparison != null;
			case ProfilePackage.SYNC_PROFILE__CONFLICT_POLICY:
				return conflictPolicy != CONFLICT_POLICY_EDEFAULT;
			case ProfilePackage.SYNC_PROFILE__FILTER:
				return filter != null;
			case ProfilePackage.SYNC_PROFILE__VERSIONING:
				return versioning != null;
			case ProfilePackage.SYNC_PROFILE__SCHEDULE:
				return schedule != null;
			case ProfilePackage.SYNC_PROFILE__INTEGRITY:
				return integrity != null;
			case ProfilePackage.SYNC_PROFILE__PARALLEL_TRANSFERS:
				return parallelTransfers != PARALLEL_TRANSFERS_EDEFAULT;
			case ProfilePackage.SYNC_PROFILE__DELETE_GUARD_PERCENT:
				return deleteGuardPercent != DELETE_GUARD_PERCENT_EDEFAULT;
			case ProfilePackage.SYNC_PROFILE__CLOCK_SKEW_SECONDS:
				return clockSkewSeconds != CLOCK_SKEW_SECONDS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", direction: ");
		result.append(direction);
		result.append(", conflictPolicy: ");
		result.append(conflictPolicy);
		result.append(", parallelTransfers: ");
		result.append(parallelTransfers);
		result.append(", deleteGuardPercent: ");
		result.append(deleteGuardPercent);
		result.append(", clockSkewSeconds: ");
		result.append(clockSkewSeconds);
		result.append(')');
		return result.toString();
	}

} //SyncProfileImpl

/**
 */
package org.karma.model.profile.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.ProfilePackage;
import org.karma.model.profile.Schedule;
import org.karma.model.profile.ScheduleKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.impl.ScheduleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.ScheduleImpl#getInterval <em>Interval</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.ScheduleImpl#getIntervalUnit <em>Interval Unit</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.ScheduleImpl#getCronExpression <em>Cron Expression</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.ScheduleImpl#getDebounceMillis <em>Debounce Millis</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.ScheduleImpl#getPollIntervalSeconds <em>Poll Interval Seconds</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.ScheduleImpl#getRescanIntervalMinutes <em>Rescan Interval Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduleImpl extends MinimalEObjectImpl.Container implements Schedule {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ScheduleKind KIND_EDEFAULT = ScheduleKind.MANUAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ScheduleKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected int interval = INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalUnit() <em>Interval Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalUnit()
	 * @generated
	 * @ordered
	 */
	protected static final IntervalUnit INTERVAL_UNIT_EDEFAULT = IntervalUnit.HOURS;

	/**
	 * The cached value of the '{@link #getIntervalUnit() <em>Interval Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalUnit()
	 * @generated
	 * @ordered
	 */
	protected IntervalUnit intervalUnit = INTERVAL_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCronExpression() <em>Cron Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCronExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CRON_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCronExpression() <em>Cron Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCronExpression()
	 * @generated
	 * @ordered
	 */
	protected String cronExpression = CRON_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDebounceMillis() <em>Debounce Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDebounceMillis()
	 * @generated
	 * @ordered
	 */
	protected static final int DEBOUNCE_MILLIS_EDEFAULT = 800;

	/**
	 * The cached value of the '{@link #getDebounceMillis() <em>Debounce Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDebounceMillis()
	 * @generated
	 * @ordered
	 */
	protected int debounceMillis = DEBOUNCE_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPollIntervalSeconds() <em>Poll Interval Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPollIntervalSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int POLL_INTERVAL_SECONDS_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getPollIntervalSeconds() <em>Poll Interval Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPollIntervalSeconds()
	 * @generated
	 * @ordered
	 */
	protected int pollIntervalSeconds = POLL_INTERVAL_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRescanIntervalMinutes() <em>Rescan Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRescanIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RESCAN_INTERVAL_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getRescanIntervalMinutes() <em>Rescan Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRescanIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected int rescanIntervalMinutes = RESCAN_INTERVAL_MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfilePackage.Literals.SCHEDULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ScheduleKind newKind) {
		ScheduleKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SCHEDULE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInterval() {
		return interval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterval(int newInterval) {
		int oldInterval = interval;
		interval = newInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SCHEDULE__INTERVAL, oldInterval, interval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntervalUnit getIntervalUnit() {
		return intervalUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalUnit(IntervalUnit newIntervalUnit) {
		IntervalUnit oldIntervalUnit = intervalUnit;
		intervalUnit = newIntervalUnit == null ? INTERVAL_UNIT_EDEFAULT : newIntervalUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SCHEDULE__INTERVAL_UNIT, oldIntervalUnit, intervalUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCronExpression() {
		return cronExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCronExpression(String newCronExpression) {
		String oldCronExpression = cronExpression;
		cronExpression = newCronExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SCHEDULE__CRON_EXPRESSION, oldCronExpression, cronExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDebounceMillis() {
		return debounceMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDebounceMillis(int newDebounceMillis) {
		int oldDebounceMillis = debounceMillis;
		debounceMillis = newDebounceMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SCHEDULE__DEBOUNCE_MILLIS, oldDebounceMillis, debounceMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPollIntervalSeconds() {
		return pollIntervalSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPollIntervalSeconds(int newPollIntervalSeconds) {
		int oldPollIntervalSeconds = pollIntervalSeconds;
		pollIntervalSeconds = newPollIntervalSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SCHEDULE__POLL_INTERVAL_SECONDS, oldPollIntervalSeconds, pollIntervalSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRescanIntervalMinutes() {
		return rescanIntervalMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRescanIntervalMinutes(int newRescanIntervalMinutes) {
		int oldRescanIntervalMinutes = rescanIntervalMinutes;
		rescanIntervalMinutes = newRescanIntervalMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.SCHEDULE__RESCAN_INTERVAL_MINUTES, oldRescanIntervalMinutes, rescanIntervalMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfilePackage.SCHEDULE__KIND:
				return getKind();
			case ProfilePackage.SCHEDULE__INTERVAL:
				return getInterval();
			case ProfilePackage.SCHEDULE__INTERVAL_UNIT:
				return getIntervalUnit();
			case ProfilePackage.SCHEDULE__CRON_EXPRESSION:
				return getCronExpression();
			case ProfilePackage.SCHEDULE__DEBOUNCE_MILLIS:
				return getDebounceMillis();
			case ProfilePackage.SCHEDULE__POLL_INTERVAL_SECONDS:
				return getPollIntervalSeconds();
			case ProfilePackage.SCHEDULE__RESCAN_INTERVAL_MINUTES:
				return getRescanIntervalMinutes();
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
			case ProfilePackage.SCHEDULE__KIND:
				setKind((ScheduleKind)newValue);
				return;
			case ProfilePackage.SCHEDULE__INTERVAL:
				setInterval((Integer)newValue);
				return;
			case ProfilePackage.SCHEDULE__INTERVAL_UNIT:
				setIntervalUnit((IntervalUnit)newValue);
				return;
			case ProfilePackage.SCHEDULE__CRON_EXPRESSION:
				setCronExpression((String)newValue);
				return;
			case ProfilePackage.SCHEDULE__DEBOUNCE_MILLIS:
				setDebounceMillis((Integer)newValue);
				return;
			case ProfilePackage.SCHEDULE__POLL_INTERVAL_SECONDS:
				setPollIntervalSeconds((Integer)newValue);
				return;
			case ProfilePackage.SCHEDULE__RESCAN_INTERVAL_MINUTES:
				setRescanIntervalMinutes((Integer)newValue);
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
			case ProfilePackage.SCHEDULE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProfilePackage.SCHEDULE__INTERVAL:
				setInterval(INTERVAL_EDEFAULT);
				return;
			case ProfilePackage.SCHEDULE__INTERVAL_UNIT:
				setIntervalUnit(INTERVAL_UNIT_EDEFAULT);
				return;
			case ProfilePackage.SCHEDULE__CRON_EXPRESSION:
				setCronExpression(CRON_EXPRESSION_EDEFAULT);
				return;
			case ProfilePackage.SCHEDULE__DEBOUNCE_MILLIS:
				setDebounceMillis(DEBOUNCE_MILLIS_EDEFAULT);
				return;
			case ProfilePackage.SCHEDULE__POLL_INTERVAL_SECONDS:
				setPollIntervalSeconds(POLL_INTERVAL_SECONDS_EDEFAULT);
				return;
			case ProfilePackage.SCHEDULE__RESCAN_INTERVAL_MINUTES:
				setRescanIntervalMinutes(RESCAN_INTERVAL_MINUTES_EDEFAULT);
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
			case ProfilePackage.SCHEDULE__KIND:
				return kind != KIND_EDEFAULT;
			case ProfilePackage.SCHEDULE__INTERVAL:
				return interval != INTERVAL_EDEFAULT;
			case ProfilePackage.SCHEDULE__INTERVAL_UNIT:
				return intervalUnit != INTERVAL_UNIT_EDEFAULT;
			case ProfilePackage.SCHEDULE__CRON_EXPRESSION:
				return CRON_EXPRESSION_EDEFAULT == null ? cronExpression != null : !CRON_EXPRESSION_EDEFAULT.equals(cronExpression);
			case ProfilePackage.SCHEDULE__DEBOUNCE_MILLIS:
				return debounceMillis != DEBOUNCE_MILLIS_EDEFAULT;
			case ProfilePackage.SCHEDULE__POLL_INTERVAL_SECONDS:
				return pollIntervalSeconds != POLL_INTERVAL_SECONDS_EDEFAULT;
			case ProfilePackage.SCHEDULE__RESCAN_INTERVAL_MINUTES:
				return rescanIntervalMinutes != RESCAN_INTERVAL_MINUTES_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", interval: ");
		result.append(interval);
		result.append(", intervalUnit: ");
		result.append(intervalUnit);
		result.append(", cronExpression: ");
		result.append(cronExpression);
		result.append(", debounceMillis: ");
		result.append(debounceMillis);
		result.append(", pollIntervalSeconds: ");
		result.append(pollIntervalSeconds);
		result.append(", rescanIntervalMinutes: ");
		result.append(rescanIntervalMinutes);
		result.append(')');
		return result.toString();
	}

} //ScheduleImpl

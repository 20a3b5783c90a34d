/**
 */
package org.vre.workflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.vre.workflow.model.Dask;
import org.vre.workflow.model.Resources;
import org.vre.workflow.model.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resources</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.impl.ResourcesImpl#getCvmfs <em>Cvmfs</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.ResourcesImpl#getKerberos <em>Kerberos</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.ResourcesImpl#getVomsProxy <em>Voms Proxy</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.ResourcesImpl#getRucio <em>Rucio</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.ResourcesImpl#getDask <em>Dask</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourcesImpl extends LocatedImpl implements Resources {
	/**
	 * The cached value of the '{@link #getCvmfs() <em>Cvmfs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCvmfs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> cvmfs;

	/**
	 * The default value of the '{@link #getKerberos() <em>Kerberos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKerberos()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean KERBEROS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKerberos() <em>Kerberos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKerberos()
	 * @generated
	 * @ordered
	 */
	protected Boolean kerberos = KERBEROS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVomsProxy() <em>Voms Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVomsProxy()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean VOMS_PROXY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVomsProxy() <em>Voms Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVomsProxy()
	 * @generated
	 * @ordered
	 */
	protected Boolean vomsProxy = VOMS_PROXY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRucio() <em>Rucio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRucio()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean RUCIO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRucio() <em>Rucio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRucio()
	 * @generated
	 * @ordered
	 */
	protected Boolean rucio = RUCIO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDask() <em>Dask</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDask()
	 * @generated
	 * @ordered
	 */
	protected Dask dask;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourcesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.RESOURCES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCvmfs() {
		if (cvmfs == null) {
			cvmfs = new EDataTypeUniqueEList<String>(String.class, this, WorkflowPackage.RESOURCES__CVMFS);
		}
		return cvmfs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getKerberos() {
		return kerberos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKerberos(Boolean newKerberos) {
		Boolean oldKerberos = kerberos;
		kerberos = newKerberos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.RESOURCES__KERBEROS, oldKerberos, kerberos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getVomsProxy() {
		return vomsProxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVomsProxy(Boolean newVomsProxy) {
		Boolean oldVomsProxy = vomsProxy;
		vomsProxy = newVomsProxy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.RESOURCES__VOMS_PROXY, oldVomsProxy, vomsProxy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRucio() {
		return rucio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRucio(Boolean newRucio) {
		Boolean oldRucio = rucio;
		rucio = newRucio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.RESOURCES__RUCIO, oldRucio, rucio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dask getDask() {
		return dask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDask(Dask newDask, NotificationChain msgs) {
		Dask oldDask = dask;
		dask = newDask;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WorkflowPackage.RESOURCES__DASK, oldDask, newDask);
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
	public void setDask(Dask newDask) {
		if (newDask != dask) {
			NotificationChain msgs = null;
			if (dask != null)
				msgs = ((InternalEObject)dask).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.RESOURCES__DASK, null, msgs);
			if (newDask != null)
				msgs = ((InternalEObject)newDask).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.RESOURCES__DASK, null, msgs);
			msgs = basicSetDask(newDask, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.RESOURCES__DASK, newDask, newDask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.RESOURCES__DASK:
				return basicSetDask(null, msgs);
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
			case WorkflowPackage.RESOURCES__CVMFS:
				return getCvmfs();
			case WorkflowPackage.RESOURCES__KERBEROS:
				return getKerberos();
			case WorkflowPackage.RESOURCES__VOMS_PROXY:
				return getVomsProxy();
			case WorkflowPackage.RESOURCES__RUCIO:
				return getRucio();
			case WorkflowPackage.RESOURCES__DASK:
				return getDask();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WorkflowPackage.RESOURCES__CVMFS:
				getCvmfs().clear();
				getCvmfs().addAll((Collection<? extends String>)newValue);
				return;
			case WorkflowPackage.RESOURCES__KERBEROS:
				setKerberos((Boolean)newValue);
				return;
			case WorkflowPackage.RESOURCES__VOMS_PROXY:
				setVomsProxy((Boolean)newValue);
				return;
			case WorkflowPackage.RESOURCES__RUCIO:
				setRucio((Boolean)newValue);
				return;
			case WorkflowPackage.RESOURCES__DASK:
				setDask((Dask)newValue);
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
			case WorkflowPackage.RESOURCES__CVMFS:
				getCvmfs().clear();
				return;
			case WorkflowPackage.RESOURCES__KERBEROS:
				setKerberos(KERBEROS_EDEFAULT);
				return;
			case WorkflowPackage.RESOURCES__VOMS_PROXY:
				setVomsProxy(VOMS_PROXY_EDEFAULT);
				return;
			case WorkflowPackage.RESOURCES__RUCIO:
				setRucio(RUCIO_EDEFAULT);
				return;
			case WorkflowPackage.RESOURCES__DASK:
				setDask((Dask)null);
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
			case WorkflowPackage.RESOURCES__CVMFS:
				return cvmfs != null && !cvmfs.isEmpty();
			case WorkflowPackage.RESOURCES__KERBEROS:
				return KERBEROS_EDEFAULT == null ? kerberos != null : !KERBEROS_EDEFAULT.equals(kerberos);
			case WorkflowPackage.RESOURCES__VOMS_PROXY:
				return VOMS_PROXY_EDEFAULT == null ? vomsProxy != null : !VOMS_PROXY_EDEFAULT.equals(vomsProxy);
			case WorkflowPackage.RESOURCES__RUCIO:
				return RUCIO_EDEFAULT == null ? rucio != null : !RUCIO_EDEFAULT.equals(rucio);
			case WorkflowPackage.RESOURCES__DASK:
				return dask != null;
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
		result.append(" (cvmfs: ");
		result.append(cvmfs);
		result.append(", kerberos: ");
		result.append(kerberos);
		result.append(", vomsProxy: ");
		result.append(vomsProxy);
		result.append(", rucio: ");
		result.append(rucio);
		result.append(')');
		return result.toString();
	}

} //ResourcesImpl

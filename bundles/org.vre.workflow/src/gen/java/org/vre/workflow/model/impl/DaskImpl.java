/**
 */
package org.vre.workflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.vre.workflow.model.Dask;
import org.vre.workflow.model.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dask</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.impl.DaskImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.DaskImpl#getNumberOfWorkers <em>Number Of Workers</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.DaskImpl#getSingleWorkerMemory <em>Single Worker Memory</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.DaskImpl#getSingleWorkerThreads <em>Single Worker Threads</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DaskImpl extends LocatedImpl implements Dask {
	/**
	 * The default value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected String image = IMAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberOfWorkers() <em>Number Of Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberOfWorkers()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NUMBER_OF_WORKERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumberOfWorkers() <em>Number Of Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberOfWorkers()
	 * @generated
	 * @ordered
	 */
	protected Integer numberOfWorkers = NUMBER_OF_WORKERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSingleWorkerMemory() <em>Single Worker Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingleWorkerMemory()
	 * @generated
	 * @ordered
	 */
	protected static final String SINGLE_WORKER_MEMORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSingleWorkerMemory() <em>Single Worker Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingleWorkerMemory()
	 * @generated
	 * @ordered
	 */
	protected String singleWorkerMemory = SINGLE_WORKER_MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSingleWorkerThreads() <em>Single Worker Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingleWorkerThreads()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SINGLE_WORKER_THREADS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSingleWorkerThreads() <em>Single Worker Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingleWorkerThreads()
	 * @generated
	 * @ordered
	 */
	protected Integer singleWorkerThreads = SINGLE_WORKER_THREADS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.DASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(String newImage) {
		String oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.DASK__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNumberOfWorkers() {
		return numberOfWorkers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberOfWorkers(Integer newNumberOfWorkers) {
		Integer oldNumberOfWorkers = numberOfWorkers;
		numberOfWorkers = newNumberOfWorkers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.DASK__NUMBER_OF_WORKERS, oldNumberOfWorkers, numberOfWorkers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSingleWorkerMemory() {
		return singleWorkerMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSingleWorkerMemory(String newSingleWorkerMemory) {
		String oldSingleWorkerMemory = singleWorkerMemory;
		singleWorkerMemory = newSingleWorkerMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.DASK__SINGLE_WORKER_MEMORY, oldSingleWorkerMemory, singleWorkerMemory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSingleWorkerThreads() {
		return singleWorkerThreads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSingleWorkerThreads(Integer newSingleWorkerThreads) {
		Integer oldSingleWorkerThreads = singleWorkerThreads;
		singleWorkerThreads = newSingleWorkerThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.DASK__SINGLE_WORKER_THREADS, oldSingleWorkerThreads, singleWorkerThreads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkflowPackage.DASK__IMAGE:
				return getImage();
			case WorkflowPackage.DASK__NUMBER_OF_WORKERS:
				return getNumberOfWorkers();
			case WorkflowPackage.DASK__SINGLE_WORKER_MEMORY:
				return getSingleWorkerMemory();
			case WorkflowPackage.DASK__SINGLE_WORKER_THREADS:
				return getSingleWorkerThreads();
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
			case WorkflowPackage.DASK__IMAGE:
				setImage((String)newValue);
				return;
			case WorkflowPackage.DASK__NUMBER_OF_WORKERS:
				setNumberOfWorkers((Integer)newValue);
				return;
			case WorkflowPackage.DASK__SINGLE_WORKER_MEMORY:
				setSingleWorkerMemory((String)newValue);
				return;
			case WorkflowPackage.DASK__SINGLE_WORKER_THREADS:
				setSingleWorkerThreads((Integer)newValue);
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
			case WorkflowPackage.DASK__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case WorkflowPackage.DASK__NUMBER_OF_WORKERS:
				setNumberOfWorkers(NUMBER_OF_WORKERS_EDEFAULT);
				return;
			case WorkflowPackage.DASK__SINGLE_WORKER_MEMORY:
				setSingleWorkerMemory(SINGLE_WORKER_MEMORY_EDEFAULT);
				return;
			case WorkflowPackage.DASK__SINGLE_WORKER_THREADS:
				setSingleWorkerThreads(SINGLE_WORKER_THREADS_EDEFAULT);
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
			case WorkflowPackage.DASK__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case WorkflowPackage.DASK__NUMBER_OF_WORKERS:
				return NUMBER_OF_WORKERS_EDEFAULT == null ? numberOfWorkers != null : !NUMBER_OF_WORKERS_EDEFAULT.equals(numberOfWorkers);
			case WorkflowPackage.DASK__SINGLE_WORKER_MEMORY:
				return SINGLE_WORKER_MEMORY_EDEFAULT == null ? singleWorkerMemory != null : !SINGLE_WORKER_MEMORY_EDEFAULT.equals(singleWorkerMemory);
			case WorkflowPackage.DASK__SINGLE_WORKER_THREADS:
				return SINGLE_WORKER_THREADS_EDEFAULT == null ? singleWorkerThreads != null : !SINGLE_WORKER_THREADS_EDEFAULT.equals(singleWorkerThreads);
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
		result.append(" (image: ");
		result.append(image);
		result.append(", numberOfWorkers: ");
		result.append(numberOfWorkers);
		result.append(", singleWorkerMemory: ");
		result.append(singleWorkerMemory);
		result.append(", singleWorkerThreads: ");
		result.append(singleWorkerThreads);
		result.append(')');
		return result.toString();
	}

} //DaskImpl

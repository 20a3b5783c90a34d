/**
 */
package org.vre.workflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dask</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Dask cluster requested for the analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Dask#getImage <em>Image</em>}</li>
 *   <li>{@link org.vre.workflow.model.Dask#getNumberOfWorkers <em>Number Of Workers</em>}</li>
 *   <li>{@link org.vre.workflow.model.Dask#getSingleWorkerMemory <em>Single Worker Memory</em>}</li>
 *   <li>{@link org.vre.workflow.model.Dask#getSingleWorkerThreads <em>Single Worker Threads</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getDask()
 * @model
 * @generated
 */
public interface Dask extends Located {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getDask_Image()
	 * @model annotation="http://www.vre.org/workflow/yaml key='image'"
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Dask#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Number Of Workers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Of Workers</em>' attribute.
	 * @see #setNumberOfWorkers(Integer)
	 * @see org.vre.workflow.model.WorkflowPackage#getDask_NumberOfWorkers()
	 * @model annotation="http://www.vre.org/workflow/yaml key='number_of_workers'"
	 * @generated
	 */
	Integer getNumberOfWorkers();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Dask#getNumberOfWorkers <em>Number Of Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Of Workers</em>' attribute.
	 * @see #getNumberOfWorkers()
	 * @generated
	 */
	void setNumberOfWorkers(Integer value);

	/**
	 * Returns the value of the '<em><b>Single Worker Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Single Worker Memory</em>' attribute.
	 * @see #setSingleWorkerMemory(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getDask_SingleWorkerMemory()
	 * @model annotation="http://www.vre.org/workflow/yaml key='single_worker_memory'"
	 * @generated
	 */
	String getSingleWorkerMemory();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Dask#getSingleWorkerMemory <em>Single Worker Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Single Worker Memory</em>' attribute.
	 * @see #getSingleWorkerMemory()
	 * @generated
	 */
	void setSingleWorkerMemory(String value);

	/**
	 * Returns the value of the '<em><b>Single Worker Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Single Worker Threads</em>' attribute.
	 * @see #setSingleWorkerThreads(Integer)
	 * @see org.vre.workflow.model.WorkflowPackage#getDask_SingleWorkerThreads()
	 * @model annotation="http://www.vre.org/workflow/yaml key='single_worker_threads'"
	 * @generated
	 */
	Integer getSingleWorkerThreads();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Dask#getSingleWorkerThreads <em>Single Worker Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Single Worker Threads</em>' attribute.
	 * @see #getSingleWorkerThreads()
	 * @generated
	 */
	void setSingleWorkerThreads(Integer value);

} // Dask

/**
 */
package org.vre.workflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An external parameter file for CWL and Snakemake workflows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.WorkflowParameters#getFile <em>File</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getWorkflowParameters()
 * @model
 * @generated
 */
public interface WorkflowParameters extends Located {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflowParameters_File()
	 * @model annotation="http://www.vre.org/workflow/yaml key='file'"
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.WorkflowParameters#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

} // WorkflowParameters

/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outputs</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Expected analysis outputs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Outputs#getFiles <em>Files</em>}</li>
 *   <li>{@link org.vre.workflow.model.Outputs#getDirectories <em>Directories</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getOutputs()
 * @model
 * @generated
 */
public interface Outputs extends Located {
	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getOutputs_Files()
	 * @model annotation="http://www.vre.org/workflow/yaml key='files'"
	 * @generated
	 */
	EList<String> getFiles();

	/**
	 * Returns the value of the '<em><b>Directories</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Directories</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getOutputs_Directories()
	 * @model annotation="http://www.vre.org/workflow/yaml key='directories'"
	 * @generated
	 */
	EList<String> getDirectories();

} // Outputs

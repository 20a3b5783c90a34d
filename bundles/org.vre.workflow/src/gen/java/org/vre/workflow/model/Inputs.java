/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inputs</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Analysis inputs: files, directories, parameters and operational options.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Inputs#getFiles <em>Files</em>}</li>
 *   <li>{@link org.vre.workflow.model.Inputs#getDirectories <em>Directories</em>}</li>
 *   <li>{@link org.vre.workflow.model.Inputs#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.vre.workflow.model.Inputs#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getInputs()
 * @model
 * @generated
 */
public interface Inputs extends Located {
	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getInputs_Files()
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
	 * @see org.vre.workflow.model.WorkflowPackage#getInputs_Directories()
	 * @model annotation="http://www.vre.org/workflow/yaml key='directories'"
	 * @generated
	 */
	EList<String> getDirectories();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.vre.workflow.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.vre.workflow.model.WorkflowPackage#getInputs_Parameters()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='parameters' map='true'"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.vre.workflow.model.Option}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.vre.workflow.model.WorkflowPackage#getInputs_Options()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='options' map='true'"
	 * @generated
	 */
	EList<Option> getOptions();

} // Inputs

/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tests</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Gherkin test feature files.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Tests#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getTests()
 * @model
 * @generated
 */
public interface Tests extends Located {
	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getTests_Files()
	 * @model annotation="http://www.vre.org/workflow/yaml key='files'"
	 * @generated
	 */
	EList<String> getFiles();

} // Tests

/**
 */
package org.vre.workflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Specification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A REANA analysis specification (reana.yaml).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Specification#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vre.workflow.model.Specification#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.vre.workflow.model.Specification#getWorkflow <em>Workflow</em>}</li>
 *   <li>{@link org.vre.workflow.model.Specification#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.vre.workflow.model.Specification#getTests <em>Tests</em>}</li>
 *   <li>{@link org.vre.workflow.model.Specification#getWorkspace <em>Workspace</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getSpecification()
 * @model
 * @generated
 */
public interface Specification extends Located {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getSpecification_Version()
	 * @model annotation="http://www.vre.org/workflow/yaml key='version'"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Specification#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference.
	 * @see #setInputs(Inputs)
	 * @see org.vre.workflow.model.WorkflowPackage#getSpecification_Inputs()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='inputs'"
	 * @generated
	 */
	Inputs getInputs();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Specification#getInputs <em>Inputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' containment reference.
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(Inputs value);

	/**
	 * Returns the value of the '<em><b>Workflow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workflow</em>' containment reference.
	 * @see #setWorkflow(Workflow)
	 * @see org.vre.workflow.model.WorkflowPackage#getSpecification_Workflow()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='workflow'"
	 * @generated
	 */
	Workflow getWorkflow();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Specification#getWorkflow <em>Workflow</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workflow</em>' containment reference.
	 * @see #getWorkflow()
	 * @generated
	 */
	void setWorkflow(Workflow value);

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outputs</em>' containment reference.
	 * @see #setOutputs(Outputs)
	 * @see org.vre.workflow.model.WorkflowPackage#getSpecification_Outputs()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='outputs'"
	 * @generated
	 */
	Outputs getOutputs();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Specification#getOutputs <em>Outputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outputs</em>' containment reference.
	 * @see #getOutputs()
	 * @generated
	 */
	void setOutputs(Outputs value);

	/**
	 * Returns the value of the '<em><b>Tests</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tests</em>' containment reference.
	 * @see #setTests(Tests)
	 * @see org.vre.workflow.model.WorkflowPackage#getSpecification_Tests()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='tests'"
	 * @generated
	 */
	Tests getTests();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Specification#getTests <em>Tests</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tests</em>' containment reference.
	 * @see #getTests()
	 * @generated
	 */
	void setTests(Tests value);

	/**
	 * Returns the value of the '<em><b>Workspace</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workspace</em>' containment reference.
	 * @see #setWorkspace(Workspace)
	 * @see org.vre.workflow.model.WorkflowPackage#getSpecification_Workspace()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='workspace'"
	 * @generated
	 */
	Workspace getWorkspace();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Specification#getWorkspace <em>Workspace</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workspace</em>' containment reference.
	 * @see #getWorkspace()
	 * @generated
	 */
	void setWorkspace(Workspace value);

} // Specification

/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The workflow: its engine type, and either an inline specification or a file. graph and document are read from referenced files and never saved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Workflow#getType <em>Type</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workflow#getFile <em>File</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workflow#getSpecification <em>Specification</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workflow#getFiles <em>Files</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workflow#getDirectories <em>Directories</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workflow#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workflow#getResources <em>Resources</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workflow#getGraph <em>Graph</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workflow#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow()
 * @model
 * @generated
 */
public interface Workflow extends Located {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vre.workflow.model.WorkflowType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vre.workflow.model.WorkflowType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(WorkflowType)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_Type()
	 * @model unsettable="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='type'"
	 * @generated
	 */
	WorkflowType getType();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Workflow#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vre.workflow.model.WorkflowType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(WorkflowType value);

	/**
	 * Unsets the value of the '{@link org.vre.workflow.model.Workflow#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(WorkflowType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vre.workflow.model.Workflow#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(WorkflowType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_File()
	 * @model annotation="http://www.vre.org/workflow/yaml key='file'"
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Workflow#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Specification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specification</em>' containment reference.
	 * @see #setSpecification(SerialSpecification)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_Specification()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='specification'"
	 * @generated
	 */
	SerialSpecification getSpecification();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Workflow#getSpecification <em>Specification</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specification</em>' containment reference.
	 * @see #getSpecification()
	 * @generated
	 */
	void setSpecification(SerialSpecification value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_Files()
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
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_Directories()
	 * @model annotation="http://www.vre.org/workflow/yaml key='directories'"
	 * @generated
	 */
	EList<String> getDirectories();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference.
	 * @see #setParameters(WorkflowParameters)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_Parameters()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='parameters'"
	 * @generated
	 */
	WorkflowParameters getParameters();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Workflow#getParameters <em>Parameters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters</em>' containment reference.
	 * @see #getParameters()
	 * @generated
	 */
	void setParameters(WorkflowParameters value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(Resources)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_Resources()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='resources'"
	 * @generated
	 */
	Resources getResources();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Workflow#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(Resources value);

	/**
	 * Returns the value of the '<em><b>Graph</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Graph</em>' containment reference.
	 * @see #setGraph(WorkflowGraph)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_Graph()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	WorkflowGraph getGraph();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Workflow#getGraph <em>Graph</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Graph</em>' containment reference.
	 * @see #getGraph()
	 * @generated
	 */
	void setGraph(WorkflowGraph value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' containment reference.
	 * @see #setDocument(ExternalDocument)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflow_Document()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	ExternalDocument getDocument();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Workflow#getDocument <em>Document</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' containment reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(ExternalDocument value);

} // Workflow

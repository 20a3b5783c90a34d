/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The REANA analysis specification (reana.yaml) with the VRE extension for dependencies and scatter. Features annotated with source http://www.vre.org/workflow/yaml name their YAML key; features without it are not saved.
 * <!-- end-model-doc -->
 * @see org.vre.workflow.model.WorkflowFactory
 * @model kind="package"
 * @generated
 */
public interface WorkflowPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.vre.org/workflow/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "workflow";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WorkflowPackage eINSTANCE = org.vre.workflow.model.impl.WorkflowPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.LocatedImpl <em>Located</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.LocatedImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getLocated()
	 * @generated
	 */
	int LOCATED = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED__LINE = 0;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED__COLUMN = 1;

	/**
	 * The number of structural features of the '<em>Located</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Located</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.SpecificationImpl <em>Specification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.SpecificationImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getSpecification()
	 * @generated
	 */
	int SPECIFICATION = 1;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION__VERSION = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION__INPUTS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Workflow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION__WORKFLOW = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION__OUTPUTS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tests</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION__TESTS = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Workspace</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION__WORKSPACE = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Specification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Specification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIFICATION_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.InputsImpl <em>Inputs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.InputsImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getInputs()
	 * @generated
	 */
	int INPUTS = 2;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUTS__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUTS__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUTS__FILES = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Directories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUTS__DIRECTORIES = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUTS__PARAMETERS = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUTS__OPTIONS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Inputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUTS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Inputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUTS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.ParameterImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 3;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__TYPE = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.OptionImpl <em>Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.OptionImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getOption()
	 * @generated
	 */
	int OPTION = 4;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__VALUE = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__TYPE = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.WorkflowImpl <em>Workflow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.WorkflowImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkflow()
	 * @generated
	 */
	int WORKFLOW = 5;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__TYPE = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__FILE = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Specification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__SPECIFICATION = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__FILES = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Directories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__DIRECTORIES = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__PARAMETERS = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__RESOURCES = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Graph</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__GRAPH = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Document</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__DOCUMENT = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.WorkflowParametersImpl <em>Parameters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.WorkflowParametersImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkflowParameters()
	 * @generated
	 */
	int WORKFLOW_PARAMETERS = 6;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PARAMETERS__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PARAMETERS__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PARAMETERS__FILE = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PARAMETERS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PARAMETERS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.SerialSpecificationImpl <em>Serial Specification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.SerialSpecificationImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getSerialSpecification()
	 * @generated
	 */
	int SERIAL_SPECIFICATION = 7;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_SPECIFICATION__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_SPECIFICATION__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_SPECIFICATION__STEPS = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Serial Specification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_SPECIFICATION_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Serial Specification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_SPECIFICATION_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.StepImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 8;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ENVIRONMENT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Commands</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__COMMANDS = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Compute Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__COMPUTE_BACKEND = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Kubernetes Memory Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KUBERNETES_MEMORY_LIMIT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kubernetes Memory Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KUBERNETES_MEMORY_REQUEST = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Kubernetes Cpu Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KUBERNETES_CPU_REQUEST = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Kubernetes Cpu Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KUBERNETES_CPU_LIMIT = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Kubernetes Job Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KUBERNETES_JOB_TIMEOUT = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Kubernetes Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KUBERNETES_UID = LOCATED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Voms Proxy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__VOMS_PROXY = LOCATED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Rucio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__RUCIO = LOCATED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Kerberos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KERBEROS = LOCATED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Unpacked Img</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__UNPACKED_IMG = LOCATED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Htcondor Max Runtime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__HTCONDOR_MAX_RUNTIME = LOCATED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Htcondor Accounting Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__HTCONDOR_ACCOUNTING_GROUP = LOCATED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Htcondor Request Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__HTCONDOR_REQUEST_CPUS = LOCATED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Htcondor Request Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__HTCONDOR_REQUEST_MEMORY = LOCATED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Htcondor Request Disk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__HTCONDOR_REQUEST_DISK = LOCATED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Htcondor Requirements</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__HTCONDOR_REQUIREMENTS = LOCATED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Slurm Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SLURM_PARTITION = LOCATED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Slurm Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SLURM_TIME = LOCATED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>C4p Cpu Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__C4P_CPU_CORES = LOCATED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>C4p Memory Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__C4P_MEMORY_LIMIT = LOCATED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>C4p Additional Requirements</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__C4P_ADDITIONAL_REQUIREMENTS = LOCATED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DEPENDS_ON = LOCATED_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Scatter</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SCATTER = LOCATED_FEATURE_COUNT + 26;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 27;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.ScatterParameterImpl <em>Scatter Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.ScatterParameterImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getScatterParameter()
	 * @generated
	 */
	int SCATTER_PARAMETER = 9;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCATTER_PARAMETER__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCATTER_PARAMETER__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCATTER_PARAMETER__NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCATTER_PARAMETER__VALUES = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Scatter Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCATTER_PARAMETER_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Scatter Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCATTER_PARAMETER_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.ResourcesImpl <em>Resources</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.ResourcesImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getResources()
	 * @generated
	 */
	int RESOURCES = 10;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Cvmfs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__CVMFS = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kerberos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__KERBEROS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Voms Proxy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__VOMS_PROXY = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rucio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__RUCIO = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dask</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__DASK = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Resources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Resources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.DaskImpl <em>Dask</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.DaskImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getDask()
	 * @generated
	 */
	int DASK = 11;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASK__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASK__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASK__IMAGE = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Number Of Workers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASK__NUMBER_OF_WORKERS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Single Worker Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASK__SINGLE_WORKER_MEMORY = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Single Worker Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASK__SINGLE_WORKER_THREADS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Dask</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASK_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Dask</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASK_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.OutputsImpl <em>Outputs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.OutputsImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getOutputs()
	 * @generated
	 */
	int OUTPUTS = 12;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS__FILES = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Directories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS__DIRECTORIES = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Outputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Outputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.TestsImpl <em>Tests</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.TestsImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getTests()
	 * @generated
	 */
	int TESTS = 13;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTS__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTS__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTS__FILES = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Tests</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Tests</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.WorkspaceImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkspace()
	 * @generated
	 */
	int WORKSPACE = 14;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Root Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__ROOT_PATH = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Retention Days</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__RETENTION_DAYS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.RetentionRuleImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getRetentionRule()
	 * @generated
	 */
	int RETENTION_RULE = 15;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__PATTERN = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__DAYS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.WorkflowGraphImpl <em>Graph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.WorkflowGraphImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkflowGraph()
	 * @generated
	 */
	int WORKFLOW_GRAPH = 16;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_GRAPH__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_GRAPH__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_GRAPH__PATH = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_GRAPH__NODES = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Graph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_GRAPH_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Graph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_GRAPH_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.GraphNodeImpl <em>Graph Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.GraphNodeImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getGraphNode()
	 * @generated
	 */
	int GRAPH_NODE = 17;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE__NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE__KIND = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE__ENVIRONMENT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE__SOURCE_FILE = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scattered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE__SCATTERED = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE__DEPENDENCIES = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Graph Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Graph Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_NODE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.impl.ExternalDocumentImpl <em>External Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.impl.ExternalDocumentImpl
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getExternalDocument()
	 * @generated
	 */
	int EXTERNAL_DOCUMENT = 18;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENT__LINE = LOCATED__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENT__COLUMN = LOCATED__COLUMN;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENT__PATH = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENT__TEXT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>External Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENT_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>External Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENT_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.WorkflowType <em>Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.WorkflowType
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkflowType()
	 * @generated
	 */
	int WORKFLOW_TYPE = 19;

	/**
	 * The meta object id for the '{@link org.vre.workflow.model.ValueType <em>Value Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vre.workflow.model.ValueType
	 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getValueType()
	 * @generated
	 */
	int VALUE_TYPE = 20;


	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Located <em>Located</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Located</em>'.
	 * @see org.vre.workflow.model.Located
	 * @generated
	 */
	EClass getLocated();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Located#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.vre.workflow.model.Located#getLine()
	 * @see #getLocated()
	 * @generated
	 */
	EAttribute getLocated_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Located#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.vre.workflow.model.Located#getColumn()
	 * @see #getLocated()
	 * @generated
	 */
	EAttribute getLocated_Column();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Specification <em>Specification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Specification</em>'.
	 * @see org.vre.workflow.model.Specification
	 * @generated
	 */
	EClass getSpecification();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Specification#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.vre.workflow.model.Specification#getVersion()
	 * @see #getSpecification()
	 * @generated
	 */
	EAttribute getSpecification_Version();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Specification#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Inputs</em>'.
	 * @see org.vre.workflow.model.Specification#getInputs()
	 * @see #getSpecification()
	 * @generated
	 */
	EReference getSpecification_Inputs();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Specification#getWorkflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Workflow</em>'.
	 * @see org.vre.workflow.model.Specification#getWorkflow()
	 * @see #getSpecification()
	 * @generated
	 */
	EReference getSpecification_Workflow();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Specification#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Outputs</em>'.
	 * @see org.vre.workflow.model.Specification#getOutputs()
	 * @see #getSpecification()
	 * @generated
	 */
	EReference getSpecification_Outputs();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Specification#getTests <em>Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tests</em>'.
	 * @see org.vre.workflow.model.Specification#getTests()
	 * @see #getSpecification()
	 * @generated
	 */
	EReference getSpecification_Tests();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Specification#getWorkspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Workspace</em>'.
	 * @see org.vre.workflow.model.Specification#getWorkspace()
	 * @see #getSpecification()
	 * @generated
	 */
	EReference getSpecification_Workspace();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Inputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inputs</em>'.
	 * @see org.vre.workflow.model.Inputs
	 * @generated
	 */
	EClass getInputs();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Inputs#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Files</em>'.
	 * @see org.vre.workflow.model.Inputs#getFiles()
	 * @see #getInputs()
	 * @generated
	 */
	EAttribute getInputs_Files();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Inputs#getDirectories <em>Directories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Directories</em>'.
	 * @see org.vre.workflow.model.Inputs#getDirectories()
	 * @see #getInputs()
	 * @generated
	 */
	EAttribute getInputs_Directories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vre.workflow.model.Inputs#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.vre.workflow.model.Inputs#getParameters()
	 * @see #getInputs()
	 * @generated
	 */
	EReference getInputs_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vre.workflow.model.Inputs#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.vre.workflow.model.Inputs#getOptions()
	 * @see #getInputs()
	 * @generated
	 */
	EReference getInputs_Options();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.vre.workflow.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vre.workflow.model.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vre.workflow.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Parameter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vre.workflow.model.Parameter#getType()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Type();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Option <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Option</em>'.
	 * @see org.vre.workflow.model.Option
	 * @generated
	 */
	EClass getOption();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Option#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vre.workflow.model.Option#getName()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Option#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vre.workflow.model.Option#getValue()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Option#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vre.workflow.model.Option#getType()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Type();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Workflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workflow</em>'.
	 * @see org.vre.workflow.model.Workflow
	 * @generated
	 */
	EClass getWorkflow();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Workflow#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vre.workflow.model.Workflow#getType()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Workflow#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.vre.workflow.model.Workflow#getFile()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_File();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Workflow#getSpecification <em>Specification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Specification</em>'.
	 * @see org.vre.workflow.model.Workflow#getSpecification()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Specification();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Workflow#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Files</em>'.
	 * @see org.vre.workflow.model.Workflow#getFiles()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Files();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Workflow#getDirectories <em>Directories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Directories</em>'.
	 * @see org.vre.workflow.model.Workflow#getDirectories()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Directories();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Workflow#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parameters</em>'.
	 * @see org.vre.workflow.model.Workflow#getParameters()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Parameters();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Workflow#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resources</em>'.
	 * @see org.vre.workflow.model.Workflow#getResources()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Resources();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Workflow#getGraph <em>Graph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Graph</em>'.
	 * @see org.vre.workflow.model.Workflow#getGraph()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Graph();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Workflow#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Document</em>'.
	 * @see org.vre.workflow.model.Workflow#getDocument()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Document();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.WorkflowParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameters</em>'.
	 * @see org.vre.workflow.model.WorkflowParameters
	 * @generated
	 */
	EClass getWorkflowParameters();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.WorkflowParameters#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.vre.workflow.model.WorkflowParameters#getFile()
	 * @see #getWorkflowParameters()
	 * @generated
	 */
	EAttribute getWorkflowParameters_File();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.SerialSpecification <em>Serial Specification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Serial Specification</em>'.
	 * @see org.vre.workflow.model.SerialSpecification
	 * @generated
	 */
	EClass getSerialSpecification();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vre.workflow.model.SerialSpecification#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.vre.workflow.model.SerialSpecification#getSteps()
	 * @see #getSerialSpecification()
	 * @generated
	 */
	EReference getSerialSpecification_Steps();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.vre.workflow.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vre.workflow.model.Step#getName()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Environment</em>'.
	 * @see org.vre.workflow.model.Step#getEnvironment()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Environment();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Step#getCommands <em>Commands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Commands</em>'.
	 * @see org.vre.workflow.model.Step#getCommands()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Commands();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getComputeBackend <em>Compute Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compute Backend</em>'.
	 * @see org.vre.workflow.model.Step#getComputeBackend()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_ComputeBackend();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getKubernetesMemoryLimit <em>Kubernetes Memory Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kubernetes Memory Limit</em>'.
	 * @see org.vre.workflow.model.Step#getKubernetesMemoryLimit()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_KubernetesMemoryLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getKubernetesMemoryRequest <em>Kubernetes Memory Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kubernetes Memory Request</em>'.
	 * @see org.vre.workflow.model.Step#getKubernetesMemoryRequest()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_KubernetesMemoryRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getKubernetesCpuRequest <em>Kubernetes Cpu Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kubernetes Cpu Request</em>'.
	 * @see org.vre.workflow.model.Step#getKubernetesCpuRequest()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_KubernetesCpuRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getKubernetesCpuLimit <em>Kubernetes Cpu Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kubernetes Cpu Limit</em>'.
	 * @see org.vre.workflow.model.Step#getKubernetesCpuLimit()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_KubernetesCpuLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getKubernetesJobTimeout <em>Kubernetes Job Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kubernetes Job Timeout</em>'.
	 * @see org.vre.workflow.model.Step#getKubernetesJobTimeout()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_KubernetesJobTimeout();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getKubernetesUid <em>Kubernetes Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kubernetes Uid</em>'.
	 * @see org.vre.workflow.model.Step#getKubernetesUid()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_KubernetesUid();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getVomsProxy <em>Voms Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voms Proxy</em>'.
	 * @see org.vre.workflow.model.Step#getVomsProxy()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_VomsProxy();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getRucio <em>Rucio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rucio</em>'.
	 * @see org.vre.workflow.model.Step#getRucio()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Rucio();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getKerberos <em>Kerberos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kerberos</em>'.
	 * @see org.vre.workflow.model.Step#getKerberos()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Kerberos();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getUnpackedImg <em>Unpacked Img</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unpacked Img</em>'.
	 * @see org.vre.workflow.model.Step#getUnpackedImg()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_UnpackedImg();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getHtcondorMaxRuntime <em>Htcondor Max Runtime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Htcondor Max Runtime</em>'.
	 * @see org.vre.workflow.model.Step#getHtcondorMaxRuntime()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_HtcondorMaxRuntime();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getHtcondorAccountingGroup <em>Htcondor Accounting Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Htcondor Accounting Group</em>'.
	 * @see org.vre.workflow.model.Step#getHtcondorAccountingGroup()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_HtcondorAccountingGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getHtcondorRequestCpus <em>Htcondor Request Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Htcondor Request Cpus</em>'.
	 * @see org.vre.workflow.model.Step#getHtcondorRequestCpus()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_HtcondorRequestCpus();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getHtcondorRequestMemory <em>Htcondor Request Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Htcondor Request Memory</em>'.
	 * @see org.vre.workflow.model.Step#getHtcondorRequestMemory()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_HtcondorRequestMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getHtcondorRequestDisk <em>Htcondor Request Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Htcondor Request Disk</em>'.
	 * @see org.vre.workflow.model.Step#getHtcondorRequestDisk()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_HtcondorRequestDisk();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getHtcondorRequirements <em>Htcondor Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Htcondor Requirements</em>'.
	 * @see org.vre.workflow.model.Step#getHtcondorRequirements()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_HtcondorRequirements();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getSlurmPartition <em>Slurm Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slurm Partition</em>'.
	 * @see org.vre.workflow.model.Step#getSlurmPartition()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_SlurmPartition();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getSlurmTime <em>Slurm Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slurm Time</em>'.
	 * @see org.vre.workflow.model.Step#getSlurmTime()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_SlurmTime();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getC4pCpuCores <em>C4p Cpu Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>C4p Cpu Cores</em>'.
	 * @see org.vre.workflow.model.Step#getC4pCpuCores()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_C4pCpuCores();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getC4pMemoryLimit <em>C4p Memory Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>C4p Memory Limit</em>'.
	 * @see org.vre.workflow.model.Step#getC4pMemoryLimit()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_C4pMemoryLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Step#getC4pAdditionalRequirements <em>C4p Additional Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>C4p Additional Requirements</em>'.
	 * @see org.vre.workflow.model.Step#getC4pAdditionalRequirements()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_C4pAdditionalRequirements();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Step#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Depends On</em>'.
	 * @see org.vre.workflow.model.Step#getDependsOn()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_DependsOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vre.workflow.model.Step#getScatter <em>Scatter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scatter</em>'.
	 * @see org.vre.workflow.model.Step#getScatter()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Scatter();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.ScatterParameter <em>Scatter Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scatter Parameter</em>'.
	 * @see org.vre.workflow.model.ScatterParameter
	 * @generated
	 */
	EClass getScatterParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.ScatterParameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vre.workflow.model.ScatterParameter#getName()
	 * @see #getScatterParameter()
	 * @generated
	 */
	EAttribute getScatterParameter_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.ScatterParameter#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.vre.workflow.model.ScatterParameter#getValues()
	 * @see #getScatterParameter()
	 * @generated
	 */
	EAttribute getScatterParameter_Values();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Resources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resources</em>'.
	 * @see org.vre.workflow.model.Resources
	 * @generated
	 */
	EClass getResources();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Resources#getCvmfs <em>Cvmfs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cvmfs</em>'.
	 * @see org.vre.workflow.model.Resources#getCvmfs()
	 * @see #getResources()
	 * @generated
	 */
	EAttribute getResources_Cvmfs();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Resources#getKerberos <em>Kerberos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kerberos</em>'.
	 * @see org.vre.workflow.model.Resources#getKerberos()
	 * @see #getResources()
	 * @generated
	 */
	EAttribute getResources_Kerberos();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Resources#getVomsProxy <em>Voms Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voms Proxy</em>'.
	 * @see org.vre.workflow.model.Resources#getVomsProxy()
	 * @see #getResources()
	 * @generated
	 */
	EAttribute getResources_VomsProxy();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Resources#getRucio <em>Rucio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rucio</em>'.
	 * @see org.vre.workflow.model.Resources#getRucio()
	 * @see #getResources()
	 * @generated
	 */
	EAttribute getResources_Rucio();

	/**
	 * Returns the meta object for the containment reference '{@link org.vre.workflow.model.Resources#getDask <em>Dask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dask</em>'.
	 * @see org.vre.workflow.model.Resources#getDask()
	 * @see #getResources()
	 * @generated
	 */
	EReference getResources_Dask();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Dask <em>Dask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dask</em>'.
	 * @see org.vre.workflow.model.Dask
	 * @generated
	 */
	EClass getDask();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Dask#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see org.vre.workflow.model.Dask#getImage()
	 * @see #getDask()
	 * @generated
	 */
	EAttribute getDask_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Dask#getNumberOfWorkers <em>Number Of Workers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Of Workers</em>'.
	 * @see org.vre.workflow.model.Dask#getNumberOfWorkers()
	 * @see #getDask()
	 * @generated
	 */
	EAttribute getDask_NumberOfWorkers();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Dask#getSingleWorkerMemory <em>Single Worker Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Single Worker Memory</em>'.
	 * @see org.vre.workflow.model.Dask#getSingleWorkerMemory()
	 * @see #getDask()
	 * @generated
	 */
	EAttribute getDask_SingleWorkerMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Dask#getSingleWorkerThreads <em>Single Worker Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Single Worker Threads</em>'.
	 * @see org.vre.workflow.model.Dask#getSingleWorkerThreads()
	 * @see #getDask()
	 * @generated
	 */
	EAttribute getDask_SingleWorkerThreads();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Outputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outputs</em>'.
	 * @see org.vre.workflow.model.Outputs
	 * @generated
	 */
	EClass getOutputs();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Outputs#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Files</em>'.
	 * @see org.vre.workflow.model.Outputs#getFiles()
	 * @see #getOutputs()
	 * @generated
	 */
	EAttribute getOutputs_Files();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Outputs#getDirectories <em>Directories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Directories</em>'.
	 * @see org.vre.workflow.model.Outputs#getDirectories()
	 * @see #getOutputs()
	 * @generated
	 */
	EAttribute getOutputs_Directories();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Tests <em>Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tests</em>'.
	 * @see org.vre.workflow.model.Tests
	 * @generated
	 */
	EClass getTests();

	/**
	 * Returns the meta object for the attribute list '{@link org.vre.workflow.model.Tests#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Files</em>'.
	 * @see org.vre.workflow.model.Tests#getFiles()
	 * @see #getTests()
	 * @generated
	 */
	EAttribute getTests_Files();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.Workspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace</em>'.
	 * @see org.vre.workflow.model.Workspace
	 * @generated
	 */
	EClass getWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.Workspace#getRootPath <em>Root Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Path</em>'.
	 * @see org.vre.workflow.model.Workspace#getRootPath()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_RootPath();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vre.workflow.model.Workspace#getRetentionDays <em>Retention Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retention Days</em>'.
	 * @see org.vre.workflow.model.Workspace#getRetentionDays()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_RetentionDays();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.RetentionRule <em>Retention Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retention Rule</em>'.
	 * @see org.vre.workflow.model.RetentionRule
	 * @generated
	 */
	EClass getRetentionRule();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.RetentionRule#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.vre.workflow.model.RetentionRule#getPattern()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.RetentionRule#getDays <em>Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days</em>'.
	 * @see org.vre.workflow.model.RetentionRule#getDays()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Days();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.WorkflowGraph <em>Graph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Graph</em>'.
	 * @see org.vre.workflow.model.WorkflowGraph
	 * @generated
	 */
	EClass getWorkflowGraph();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.WorkflowGraph#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.vre.workflow.model.WorkflowGraph#getPath()
	 * @see #getWorkflowGraph()
	 * @generated
	 */
	EAttribute getWorkflowGraph_Path();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vre.workflow.model.WorkflowGraph#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.vre.workflow.model.WorkflowGraph#getNodes()
	 * @see #getWorkflowGraph()
	 * @generated
	 */
	EReference getWorkflowGraph_Nodes();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.GraphNode <em>Graph Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Graph Node</em>'.
	 * @see org.vre.workflow.model.GraphNode
	 * @generated
	 */
	EClass getGraphNode();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.GraphNode#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vre.workflow.model.GraphNode#getName()
	 * @see #getGraphNode()
	 * @generated
	 */
	EAttribute getGraphNode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.GraphNode#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.vre.workflow.model.GraphNode#getKind()
	 * @see #getGraphNode()
	 * @generated
	 */
	EAttribute getGraphNode_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.GraphNode#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Environment</em>'.
	 * @see org.vre.workflow.model.GraphNode#getEnvironment()
	 * @see #getGraphNode()
	 * @generated
	 */
	EAttribute getGraphNode_Environment();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.GraphNode#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see org.vre.workflow.model.GraphNode#getSourceFile()
	 * @see #getGraphNode()
	 * @generated
	 */
	EAttribute getGraphNode_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.GraphNode#isScattered <em>Scattered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scattered</em>'.
	 * @see org.vre.workflow.model.GraphNode#isScattered()
	 * @see #getGraphNode()
	 * @generated
	 */
	EAttribute getGraphNode_Scattered();

	/**
	 * Returns the meta object for the reference list '{@link org.vre.workflow.model.GraphNode#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Dependencies</em>'.
	 * @see org.vre.workflow.model.GraphNode#getDependencies()
	 * @see #getGraphNode()
	 * @generated
	 */
	EReference getGraphNode_Dependencies();

	/**
	 * Returns the meta object for class '{@link org.vre.workflow.model.ExternalDocument <em>External Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Document</em>'.
	 * @see org.vre.workflow.model.ExternalDocument
	 * @generated
	 */
	EClass getExternalDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.ExternalDocument#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.vre.workflow.model.ExternalDocument#getPath()
	 * @see #getExternalDocument()
	 * @generated
	 */
	EAttribute getExternalDocument_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.vre.workflow.model.ExternalDocument#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.vre.workflow.model.ExternalDocument#getText()
	 * @see #getExternalDocument()
	 * @generated
	 */
	EAttribute getExternalDocument_Text();

	/**
	 * Returns the meta object for enum '{@link org.vre.workflow.model.WorkflowType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Type</em>'.
	 * @see org.vre.workflow.model.WorkflowType
	 * @generated
	 */
	EEnum getWorkflowType();

	/**
	 * Returns the meta object for enum '{@link org.vre.workflow.model.ValueType <em>Value Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Value Type</em>'.
	 * @see org.vre.workflow.model.ValueType
	 * @generated
	 */
	EEnum getValueType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WorkflowFactory getWorkflowFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.LocatedImpl <em>Located</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.LocatedImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getLocated()
		 * @generated
		 */
		EClass LOCATED = eINSTANCE.getLocated();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATED__LINE = eINSTANCE.getLocated_Line();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATED__COLUMN = eINSTANCE.getLocated_Column();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.SpecificationImpl <em>Specification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.SpecificationImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getSpecification()
		 * @generated
		 */
		EClass SPECIFICATION = eINSTANCE.getSpecification();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIFICATION__VERSION = eINSTANCE.getSpecification_Version();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPECIFICATION__INPUTS = eINSTANCE.getSpecification_Inputs();

		/**
		 * The meta object literal for the '<em><b>Workflow</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPECIFICATION__WORKFLOW = eINSTANCE.getSpecification_Workflow();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPECIFICATION__OUTPUTS = eINSTANCE.getSpecification_Outputs();

		/**
		 * The meta object literal for the '<em><b>Tests</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPECIFICATION__TESTS = eINSTANCE.getSpecification_Tests();

		/**
		 * The meta object literal for the '<em><b>Workspace</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPECIFICATION__WORKSPACE = eINSTANCE.getSpecification_Workspace();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.InputsImpl <em>Inputs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.InputsImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getInputs()
		 * @generated
		 */
		EClass INPUTS = eINSTANCE.getInputs();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUTS__FILES = eINSTANCE.getInputs_Files();

		/**
		 * The meta object literal for the '<em><b>Directories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUTS__DIRECTORIES = eINSTANCE.getInputs_Directories();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INPUTS__PARAMETERS = eINSTANCE.getInputs_Parameters();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INPUTS__OPTIONS = eINSTANCE.getInputs_Options();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.ParameterImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__TYPE = eINSTANCE.getParameter_Type();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.OptionImpl <em>Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.OptionImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getOption()
		 * @generated
		 */
		EClass OPTION = eINSTANCE.getOption();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__NAME = eINSTANCE.getOption_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__VALUE = eINSTANCE.getOption_Value();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__TYPE = eINSTANCE.getOption_Type();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.WorkflowImpl <em>Workflow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.WorkflowImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkflow()
		 * @generated
		 */
		EClass WORKFLOW = eINSTANCE.getWorkflow();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__TYPE = eINSTANCE.getWorkflow_Type();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__FILE = eINSTANCE.getWorkflow_File();

		/**
		 * The meta object literal for the '<em><b>Specification</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__SPECIFICATION = eINSTANCE.getWorkflow_Specification();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__FILES = eINSTANCE.getWorkflow_Files();

		/**
		 * The meta object literal for the '<em><b>Directories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__DIRECTORIES = eINSTANCE.getWorkflow_Directories();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__PARAMETERS = eINSTANCE.getWorkflow_Parameters();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__RESOURCES = eINSTANCE.getWorkflow_Resources();

		/**
		 * The meta object literal for the '<em><b>Graph</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__GRAPH = eINSTANCE.getWorkflow_Graph();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__DOCUMENT = eINSTANCE.getWorkflow_Document();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.WorkflowParametersImpl <em>Parameters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.WorkflowParametersImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkflowParameters()
		 * @generated
		 */
		EClass WORKFLOW_PARAMETERS = eINSTANCE.getWorkflowParameters();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_PARAMETERS__FILE = eINSTANCE.getWorkflowParameters_File();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.SerialSpecificationImpl <em>Serial Specification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.SerialSpecificationImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getSerialSpecification()
		 * @generated
		 */
		EClass SERIAL_SPECIFICATION = eINSTANCE.getSerialSpecification();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERIAL_SPECIFICATION__STEPS = eINSTANCE.getSerialSpecification_Steps();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.StepImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NAME = eINSTANCE.getStep_Name();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ENVIRONMENT = eINSTANCE.getStep_Environment();

		/**
		 * The meta object literal for the '<em><b>Commands</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__COMMANDS = eINSTANCE.getStep_Commands();

		/**
		 * The meta object literal for the '<em><b>Compute Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__COMPUTE_BACKEND = eINSTANCE.getStep_ComputeBackend();

		/**
		 * The meta object literal for the '<em><b>Kubernetes Memory Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KUBERNETES_MEMORY_LIMIT = eINSTANCE.getStep_KubernetesMemoryLimit();

		/**
		 * The meta object literal for the '<em><b>Kubernetes Memory Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KUBERNETES_MEMORY_REQUEST = eINSTANCE.getStep_KubernetesMemoryRequest();

		/**
		 * The meta object literal for the '<em><b>Kubernetes Cpu Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KUBERNETES_CPU_REQUEST = eINSTANCE.getStep_KubernetesCpuRequest();

		/**
		 * The meta object literal for the '<em><b>Kubernetes Cpu Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KUBERNETES_CPU_LIMIT = eINSTANCE.getStep_KubernetesCpuLimit();

		/**
		 * The meta object literal for the '<em><b>Kubernetes Job Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KUBERNETES_JOB_TIMEOUT = eINSTANCE.getStep_KubernetesJobTimeout();

		/**
		 * The meta object literal for the '<em><b>Kubernetes Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KUBERNETES_UID = eINSTANCE.getStep_KubernetesUid();

		/**
		 * The meta object literal for the '<em><b>Voms Proxy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__VOMS_PROXY = eINSTANCE.getStep_VomsProxy();

		/**
		 * The meta object literal for the '<em><b>Rucio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__RUCIO = eINSTANCE.getStep_Rucio();

		/**
		 * The meta object literal for the '<em><b>Kerberos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KERBEROS = eINSTANCE.getStep_Kerberos();

		/**
		 * The meta object literal for the '<em><b>Unpacked Img</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__UNPACKED_IMG = eINSTANCE.getStep_UnpackedImg();

		/**
		 * The meta object literal for the '<em><b>Htcondor Max Runtime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__HTCONDOR_MAX_RUNTIME = eINSTANCE.getStep_HtcondorMaxRuntime();

		/**
		 * The meta object literal for the '<em><b>Htcondor Accounting Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__HTCONDOR_ACCOUNTING_GROUP = eINSTANCE.getStep_HtcondorAccountingGroup();

		/**
		 * The meta object literal for the '<em><b>Htcondor Request Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__HTCONDOR_REQUEST_CPUS = eINSTANCE.getStep_HtcondorRequestCpus();

		/**
		 * The meta object literal for the '<em><b>Htcondor Request Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__HTCONDOR_REQUEST_MEMORY = eINSTANCE.getStep_HtcondorRequestMemory();

		/**
		 * The meta object literal for the '<em><b>Htcondor Request Disk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__HTCONDOR_REQUEST_DISK = eINSTANCE.getStep_HtcondorRequestDisk();

		/**
		 * The meta object literal for the '<em><b>Htcondor Requirements</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__HTCONDOR_REQUIREMENTS = eINSTANCE.getStep_HtcondorRequirements();

		/**
		 * The meta object literal for the '<em><b>Slurm Partition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__SLURM_PARTITION = eINSTANCE.getStep_SlurmPartition();

		/**
		 * The meta object literal for the '<em><b>Slurm Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__SLURM_TIME = eINSTANCE.getStep_SlurmTime();

		/**
		 * The meta object literal for the '<em><b>C4p Cpu Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__C4P_CPU_CORES = eINSTANCE.getStep_C4pCpuCores();

		/**
		 * The meta object literal for the '<em><b>C4p Memory Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__C4P_MEMORY_LIMIT = eINSTANCE.getStep_C4pMemoryLimit();

		/**
		 * The meta object literal for the '<em><b>C4p Additional Requirements</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__C4P_ADDITIONAL_REQUIREMENTS = eINSTANCE.getStep_C4pAdditionalRequirements();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__DEPENDS_ON = eINSTANCE.getStep_DependsOn();

		/**
		 * The meta object literal for the '<em><b>Scatter</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__SCATTER = eINSTANCE.getStep_Scatter();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.ScatterParameterImpl <em>Scatter Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.ScatterParameterImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getScatterParameter()
		 * @generated
		 */
		EClass SCATTER_PARAMETER = eINSTANCE.getScatterParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCATTER_PARAMETER__NAME = eINSTANCE.getScatterParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCATTER_PARAMETER__VALUES = eINSTANCE.getScatterParameter_Values();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.ResourcesImpl <em>Resources</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.ResourcesImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getResources()
		 * @generated
		 */
		EClass RESOURCES = eINSTANCE.getResources();

		/**
		 * The meta object literal for the '<em><b>Cvmfs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCES__CVMFS = eINSTANCE.getResources_Cvmfs();

		/**
		 * The meta object literal for the '<em><b>Kerberos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCES__KERBEROS = eINSTANCE.getResources_Kerberos();

		/**
		 * The meta object literal for the '<em><b>Voms Proxy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCES__VOMS_PROXY = eINSTANCE.getResources_VomsProxy();

		/**
		 * The meta object literal for the '<em><b>Rucio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCES__RUCIO = eINSTANCE.getResources_Rucio();

		/**
		 * The meta object literal for the '<em><b>Dask</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCES__DASK = eINSTANCE.getResources_Dask();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.DaskImpl <em>Dask</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.DaskImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getDask()
		 * @generated
		 */
		EClass DASK = eINSTANCE.getDask();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASK__IMAGE = eINSTANCE.getDask_Image();

		/**
		 * The meta object literal for the '<em><b>Number Of Workers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASK__NUMBER_OF_WORKERS = eINSTANCE.getDask_NumberOfWorkers();

		/**
		 * The meta object literal for the '<em><b>Single Worker Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASK__SINGLE_WORKER_MEMORY = eINSTANCE.getDask_SingleWorkerMemory();

		/**
		 * The meta object literal for the '<em><b>Single Worker Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASK__SINGLE_WORKER_THREADS = eINSTANCE.getDask_SingleWorkerThreads();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.OutputsImpl <em>Outputs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.OutputsImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getOutputs()
		 * @generated
		 */
		EClass OUTPUTS = eINSTANCE.getOutputs();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUTS__FILES = eINSTANCE.getOutputs_Files();

		/**
		 * The meta object literal for the '<em><b>Directories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUTS__DIRECTORIES = eINSTANCE.getOutputs_Directories();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.TestsImpl <em>Tests</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.TestsImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getTests()
		 * @generated
		 */
		EClass TESTS = eINSTANCE.getTests();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TESTS__FILES = eINSTANCE.getTests_Files();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.WorkspaceImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkspace()
		 * @generated
		 */
		EClass WORKSPACE = eINSTANCE.getWorkspace();

		/**
		 * The meta object literal for the '<em><b>Root Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__ROOT_PATH = eINSTANCE.getWorkspace_RootPath();

		/**
		 * The meta object literal for the '<em><b>Retention Days</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__RETENTION_DAYS = eINSTANCE.getWorkspace_RetentionDays();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.RetentionRuleImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getRetentionRule()
		 * @generated
		 */
		EClass RETENTION_RULE = eINSTANCE.getRetentionRule();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__PATTERN = eINSTANCE.getRetentionRule_Pattern();

		/**
		 * The meta object literal for the '<em><b>Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__DAYS = eINSTANCE.getRetentionRule_Days();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.WorkflowGraphImpl <em>Graph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.WorkflowGraphImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkflowGraph()
		 * @generated
		 */
		EClass WORKFLOW_GRAPH = eINSTANCE.getWorkflowGraph();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_GRAPH__PATH = eINSTANCE.getWorkflowGraph_Path();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_GRAPH__NODES = eINSTANCE.getWorkflowGraph_Nodes();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.GraphNodeImpl <em>Graph Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.GraphNodeImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getGraphNode()
		 * @generated
		 */
		EClass GRAPH_NODE = eINSTANCE.getGraphNode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_NODE__NAME = eINSTANCE.getGraphNode_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_NODE__KIND = eINSTANCE.getGraphNode_Kind();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_NODE__ENVIRONMENT = eINSTANCE.getGraphNode_Environment();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_NODE__SOURCE_FILE = eINSTANCE.getGraphNode_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Scattered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_NODE__SCATTERED = eINSTANCE.getGraphNode_Scattered();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRAPH_NODE__DEPENDENCIES = eINSTANCE.getGraphNode_Dependencies();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.impl.ExternalDocumentImpl <em>External Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.impl.ExternalDocumentImpl
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getExternalDocument()
		 * @generated
		 */
		EClass EXTERNAL_DOCUMENT = eINSTANCE.getExternalDocument();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_DOCUMENT__PATH = eINSTANCE.getExternalDocument_Path();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_DOCUMENT__TEXT = eINSTANCE.getExternalDocument_Text();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.WorkflowType <em>Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.WorkflowType
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getWorkflowType()
		 * @generated
		 */
		EEnum WORKFLOW_TYPE = eINSTANCE.getWorkflowType();

		/**
		 * The meta object literal for the '{@link org.vre.workflow.model.ValueType <em>Value Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vre.workflow.model.ValueType
		 * @see org.vre.workflow.model.impl.WorkflowPackageImpl#getValueType()
		 * @generated
		 */
		EEnum VALUE_TYPE = eINSTANCE.getValueType();

	}

} //WorkflowPackage

/**
 */
package org.vre.workflow.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.vre.workflow.model.Dask;
import org.vre.workflow.model.ExternalDocument;
import org.vre.workflow.model.GraphNode;
import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Located;
import org.vre.workflow.model.Option;
import org.vre.workflow.model.Outputs;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.Resources;
import org.vre.workflow.model.RetentionRule;
import org.vre.workflow.model.ScatterParameter;
import org.vre.workflow.model.SerialSpecification;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.Tests;
import org.vre.workflow.model.ValueType;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowGraph;
import org.vre.workflow.model.WorkflowPackage;
import org.vre.workflow.model.WorkflowParameters;
import org.vre.workflow.model.WorkflowType;
import org.vre.workflow.model.Workspace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WorkflowPackageImpl extends EPackageImpl implements WorkflowPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locatedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass specificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inputsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass optionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workflowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workflowParametersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serialSpecificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scatterParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourcesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass daskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outputsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass testsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workspaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retentionRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workflowGraphEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass graphNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workflowTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum valueTypeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.vre.workflow.model.WorkflowPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private WorkflowPackageImpl() {
		super(eNS_URI, WorkflowFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link WorkflowPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static WorkflowPackage init() {
		if (isInited) return (WorkflowPackage)EPackage.Registry.INSTANCE.getEPackage(WorkflowPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredWorkflowPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		WorkflowPackageImpl theWorkflowPackage = registeredWorkflowPackage instanceof WorkflowPackageImpl ? (WorkflowPackageImpl)registeredWorkflowPackage : new WorkflowPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theWorkflowPackage.createPackageContents();

		// Initialize created meta-data
		theWorkflowPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theWorkflowPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(WorkflowPackage.eNS_URI, theWorkflowPackage);
		return theWorkflowPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocated() {
		return locatedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocated_Line() {
		return (EAttribute)locatedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocated_Column() {
		return (EAttribute)locatedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpecification() {
		return specificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecification_Version() {
		return (EAttribute)specificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpecification_Inputs() {
		return (EReference)specificationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpecification_Workflow() {
		return (EReference)specificationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpecification_Outputs() {
		return (EReference)specificationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpecification_Tests() {
		return (EReference)specificationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpecification_Workspace() {
		return (EReference)specificationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInputs() {
		return inputsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputs_Files() {
		return (EAttribute)inputsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputs_Directories() {
		return (EAttribute)inputsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInputs_Parameters() {
		return (EReference)inputsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInputs_Options() {
		return (EReference)inputsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter() {
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Name() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Type() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOption() {
		return optionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOption_Name() {
		return (EAttribute)optionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOption_Value() {
		return (EAttribute)optionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOption_Type() {
		return (EAttribute)optionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkflow() {
		return workflowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_Type() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_File() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_Specification() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_Files() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_Directories() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_Parameters() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_Resources() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_Graph() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_Document() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkflowParameters() {
		return workflowParametersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowParameters_File() {
		return (EAttribute)workflowParametersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSerialSpecification() {
		return serialSpecificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSerialSpecification_Steps() {
		return (EReference)serialSpecificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Name() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Environment() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Commands() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_ComputeBackend() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_KubernetesMemoryLimit() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_KubernetesMemoryRequest() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_KubernetesCpuRequest() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_KubernetesCpuLimit() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_KubernetesJobTimeout() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_KubernetesUid() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_VomsProxy() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Rucio() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Kerberos() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_UnpackedImg() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_HtcondorMaxRuntime() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_HtcondorAccountingGroup() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_HtcondorRequestCpus() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_HtcondorRequestMemory() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_HtcondorRequestDisk() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_HtcondorRequirements() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_SlurmPartition() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_SlurmTime() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_C4pCpuCores() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_C4pMemoryLimit() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_C4pAdditionalRequirements() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_DependsOn() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Scatter() {
		return (EReference)stepEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScatterParameter() {
		return scatterParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScatterParameter_Name() {
		return (EAttribute)scatterParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScatterParameter_Values() {
		return (EAttribute)scatterParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResources() {
		return resourcesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResources_Cvmfs() {
		return (EAttribute)resourcesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResources_Kerberos() {
		return (EAttribute)resourcesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResources_VomsProxy() {
		return (EAttribute)resourcesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResources_Rucio() {
		return (EAttribute)resourcesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResources_Dask() {
		return (EReference)resourcesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDask() {
		return daskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDask_Image() {
		return (EAttribute)daskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDask_NumberOfWorkers() {
		return (EAttribute)daskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDask_SingleWorkerMemory() {
		return (EAttribute)daskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDask_SingleWorkerThreads() {
		return (EAttribute)daskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutputs() {
		return outputsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutputs_Files() {
		return (EAttribute)outputsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutputs_Directories() {
		return (EAttribute)outputsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTests() {
		return testsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTests_Files() {
		return (EAttribute)testsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkspace() {
		return workspaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkspace_RootPath() {
		return (EAttribute)workspaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkspace_RetentionDays() {
		return (EReference)workspaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetentionRule() {
		return retentionRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Pattern() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Days() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkflowGraph() {
		return workflowGraphEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowGraph_Path() {
		return (EAttribute)workflowGraphEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowGraph_Nodes() {
		return (EReference)workflowGraphEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGraphNode() {
		return graphNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphNode_Name() {
		return (EAttribute)graphNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphNode_Kind() {
		return (EAttribute)graphNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphNode_Environment() {
		return (EAttribute)graphNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphNode_SourceFile() {
		return (EAttribute)graphNodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphNode_Scattered() {
		return (EAttribute)graphNodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGraphNode_Dependencies() {
		return (EReference)graphNodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalDocument() {
		return externalDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalDocument_Path() {
		return (EAttribute)externalDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalDocument_Text() {
		return (EAttribute)externalDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkflowType() {
		return workflowTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getValueType() {
		return valueTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkflowFactory getWorkflowFactory() {
		return (WorkflowFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		locatedEClass = createEClass(LOCATED);
		createEAttribute(locatedEClass, LOCATED__LINE);
		createEAttribute(locatedEClass, LOCATED__COLUMN);

		specificationEClass = createEClass(SPECIFICATION);
		createEAttribute(specificationEClass, SPECIFICATION__VERSION);
		createEReference(specificationEClass, SPECIFICATION__INPUTS);
		createEReference(specificationEClass, SPECIFICATION__WORKFLOW);
		createEReference(specificationEClass, SPECIFICATION__OUTPUTS);
		createEReference(specificationEClass, SPECIFICATION__TESTS);
		createEReference(specificationEClass, SPECIFICATION__WORKSPACE);

		inputsEClass = createEClass(INPUTS);
		createEAttribute(inputsEClass, INPUTS__FILES);
		createEAttribute(inputsEClass, INPUTS__DIRECTORIES);
		createEReference(inputsEClass, INPUTS__PARAMETERS);
		createEReference(inputsEClass, INPUTS__OPTIONS);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__NAME);
		createEAttribute(parameterEClass, PARAMETER__VALUE);
		createEAttribute(parameterEClass, PARAMETER__TYPE);

		optionEClass = createEClass(OPTION);
		createEAttribute(optionEClass, OPTION__NAME);
		createEAttribute(optionEClass, OPTION__VALUE);
		createEAttribute(optionEClass, OPTION__TYPE);

		workflowEClass = createEClass(WORKFLOW);
		createEAttribute(workflowEClass, WORKFLOW__TYPE);
		createEAttribute(workflowEClass, WORKFLOW__FILE);
		createEReference(workflowEClass, WORKFLOW__SPECIFICATION);
		createEAttribute(workflowEClass, WORKFLOW__FILES);
		createEAttribute(workflowEClass, WORKFLOW__DIRECTORIES);
		createEReference(workflowEClass, WORKFLOW__PARAMETERS);
		createEReference(workflowEClass, WORKFLOW__RESOURCES);
		createEReference(workflowEClass, WORKFLOW__GRAPH);
		createEReference(workflowEClass, WORKFLOW__DOCUMENT);

		workflowParametersEClass = createEClass(WORKFLOW_PARAMETERS);
		createEAttribute(workflowParametersEClass, WORKFLOW_PARAMETERS__FILE);

		serialSpecificationEClass = createEClass(SERIAL_SPECIFICATION);
		createEReference(serialSpecificationEClass, SERIAL_SPECIFICATION__STEPS);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__NAME);
		createEAttribute(stepEClass, STEP__ENVIRONMENT);
		createEAttribute(stepEClass, STEP__COMMANDS);
		createEAttribute(stepEClass, STEP__COMPUTE_BACKEND);
		createEAttribute(stepEClass, STEP__KUBERNETES_MEMORY_LIMIT);
		createEAttribute(stepEClass, STEP__KUBERNETES_MEMORY_REQUEST);
		createEAttribute(stepEClass, STEP__KUBERNETES_CPU_REQUEST);
		createEAttribute(stepEClass, STEP__KUBERNETES_CPU_LIMIT);
		createEAttribute(stepEClass, STEP__KUBERNETES_JOB_TIMEOUT);
		createEAttribute(stepEClass, STEP__KUBERNETES_UID);
		createEAttribute(stepEClass, STEP__VOMS_PROXY);
		createEAttribute(stepEClass, STEP__RUCIO);
		createEAttribute(stepEClass, STEP__KERBEROS);
		createEAttribute(stepEClass, STEP__UNPACKED_IMG);
		createEAttribute(stepEClass, STEP__HTCONDOR_MAX_RUNTIME);
		createEAttribute(stepEClass, STEP__HTCONDOR_ACCOUNTING_GROUP);
		createEAttribute(stepEClass, STEP__HTCONDOR_REQUEST_CPUS);
		createEAttribute(stepEClass, STEP__HTCONDOR_REQUEST_MEMORY);
		createEAttribute(stepEClass, STEP__HTCONDOR_REQUEST_DISK);
		createEAttribute(stepEClass, STEP__HTCONDOR_REQUIREMENTS);
		createEAttribute(stepEClass, STEP__SLURM_PARTITION);
		createEAttribute(stepEClass, STEP__SLURM_TIME);
		createEAttribute(stepEClass, STEP__C4P_CPU_CORES);
		createEAttribute(stepEClass, STEP__C4P_MEMORY_LIMIT);
		createEAttribute(stepEClass, STEP__C4P_ADDITIONAL_REQUIREMENTS);
		createEAttribute(stepEClass, STEP__DEPENDS_ON);
		createEReference(stepEClass, STEP__SCATTER);

		scatterParameterEClass = createEClass(SCATTER_PARAMETER);
		createEAttribute(scatterParameterEClass, SCATTER_PARAMETER__NAME);
		createEAttribute(scatterParameterEClass, SCATTER_PARAMETER__VALUES);

		resourcesEClass = createEClass(RESOURCES);
		createEAttribute(resourcesEClass, RESOURCES__CVMFS);
		createEAttribute(resourcesEClass, RESOURCES__KERBEROS);
		createEAttribute(resourcesEClass, RESOURCES__VOMS_PROXY);
		createEAttribute(resourcesEClass, RESOURCES__RUCIO);
		createEReference(resourcesEClass, RESOURCES__DASK);

		daskEClass = createEClass(DASK);
		createEAttribute(daskEClass, DASK__IMAGE);
		createEAttribute(daskEClass, DASK__NUMBER_OF_WORKERS);
		createEAttribute(daskEClass, DASK__SINGLE_WORKER_MEMORY);
		createEAttribute(daskEClass, DASK__SINGLE_WORKER_THREADS);

		outputsEClass = createEClass(OUTPUTS);
		createEAttribute(outputsEClass, OUTPUTS__FILES);
		createEAttribute(outputsEClass, OUTPUTS__DIRECTORIES);

		testsEClass = createEClass(TESTS);
		createEAttribute(testsEClass, TESTS__FILES);

		workspaceEClass = createEClass(WORKSPACE);
		createEAttribute(workspaceEClass, WORKSPACE__ROOT_PATH);
		createEReference(workspaceEClass, WORKSPACE__RETENTION_DAYS);

		retentionRuleEClass = createEClass(RETENTION_RULE);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__PATTERN);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__DAYS);

		workflowGraphEClass = createEClass(WORKFLOW_GRAPH);
		createEAttribute(workflowGraphEClass, WORKFLOW_GRAPH__PATH);
		createEReference(workflowGraphEClass, WORKFLOW_GRAPH__NODES);

		graphNodeEClass = createEClass(GRAPH_NODE);
		createEAttribute(graphNodeEClass, GRAPH_NODE__NAME);
		createEAttribute(graphNodeEClass, GRAPH_NODE__KIND);
		createEAttribute(graphNodeEClass, GRAPH_NODE__ENVIRONMENT);
		createEAttribute(graphNodeEClass, GRAPH_NODE__SOURCE_FILE);
		createEAttribute(graphNodeEClass, GRAPH_NODE__SCATTERED);
		createEReference(graphNodeEClass, GRAPH_NODE__DEPENDENCIES);

		externalDocumentEClass = createEClass(EXTERNAL_DOCUMENT);
		createEAttribute(externalDocumentEClass, EXTERNAL_DOCUMENT__PATH);
		createEAttribute(externalDocumentEClass, EXTERNAL_DOCUMENT__TEXT);

		// Create enums
		workflowTypeEEnum = createEEnum(WORKFLOW_TYPE);
		valueTypeEEnum = createEEnum(VALUE_TYPE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		specificationEClass.getESuperTypes().add(this.getLocated());
		inputsEClass.getESuperTypes().add(this.getLocated());
		parameterEClass.getESuperTypes().add(this.getLocated());
		optionEClass.getESuperTypes().add(this.getLocated());
		workflowEClass.getESuperTypes().add(this.getLocated());
		workflowParametersEClass.getESuperTypes().add(this.getLocated());
		serialSpecificationEClass.getESuperTypes().add(this.getLocated());
		stepEClass.getESuperTypes().add(this.getLocated());
		scatterParameterEClass.getESuperTypes().add(this.getLocated());
		resourcesEClass.getESuperTypes().add(this.getLocated());
		daskEClass.getESuperTypes().add(this.getLocated());
		outputsEClass.getESuperTypes().add(this.getLocated());
		testsEClass.getESuperTypes().add(this.getLocated());
		workspaceEClass.getESuperTypes().add(this.getLocated());
		retentionRuleEClass.getESuperTypes().add(this.getLocated());
		workflowGraphEClass.getESuperTypes().add(this.getLocated());
		graphNodeEClass.getESuperTypes().add(this.getLocated());
		externalDocumentEClass.getESuperTypes().add(this.getLocated());

		// Initialize classes, features, and operations; add parameters
		initEClass(locatedEClass, Located.class, "Located", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocated_Line(), ecorePackage.getEInt(), "line", null, 0, 1, Located.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocated_Column(), ecorePackage.getEInt(), "column", null, 0, 1, Located.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(specificationEClass, Specification.class, "Specification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpecification_Version(), ecorePackage.getEString(), "version", null, 0, 1, Specification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpecification_Inputs(), this.getInputs(), null, "inputs", null, 0, 1, Specification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpecification_Workflow(), this.getWorkflow(), null, "workflow", null, 0, 1, Specification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpecification_Outputs(), this.getOutputs(), null, "outputs", null, 0, 1, Specification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpecification_Tests(), this.getTests(), null, "tests", null, 0, 1, Specification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpecification_Workspace(), this.getWorkspace(), null, "workspace", null, 0, 1, Specification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inputsEClass, Inputs.class, "Inputs", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInputs_Files(), ecorePackage.getEString(), "files", null, 0, -1, Inputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputs_Directories(), ecorePackage.getEString(), "directories", null, 0, -1, Inputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInputs_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, Inputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInputs_Options(), this.getOption(), null, "options", null, 0, -1, Inputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Name(), ecorePackage.getEString(), "name", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Type(), this.getValueType(), "type", "string", 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(optionEClass, Option.class, "Option", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOption_Name(), ecorePackage.getEString(), "name", null, 0, 1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOption_Value(), ecorePackage.getEString(), "value", null, 0, 1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOption_Type(), this.getValueType(), "type", "string", 0, 1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workflowEClass, Workflow.class, "Workflow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkflow_Type(), this.getWorkflowType(), "type", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkflow_File(), ecorePackage.getEString(), "file", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflow_Specification(), this.getSerialSpecification(), null, "specification", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkflow_Files(), ecorePackage.getEString(), "files", null, 0, -1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkflow_Directories(), ecorePackage.getEString(), "directories", null, 0, -1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflow_Parameters(), this.getWorkflowParameters(), null, "parameters", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflow_Resources(), this.getResources(), null, "resources", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflow_Graph(), this.getWorkflowGraph(), null, "graph", null, 0, 1, Workflow.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflow_Document(), this.getExternalDocument(), null, "document", null, 0, 1, Workflow.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workflowParametersEClass, WorkflowParameters.class, "WorkflowParameters", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkflowParameters_File(), ecorePackage.getEString(), "file", null, 0, 1, WorkflowParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serialSpecificationEClass, SerialSpecification.class, "SerialSpecification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSerialSpecification_Steps(), this.getStep(), null, "steps", null, 0, -1, SerialSpecification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_Name(), ecorePackage.getEString(), "name", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Environment(), ecorePackage.getEString(), "environment", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Commands(), ecorePackage.getEString(), "commands", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_ComputeBackend(), ecorePackage.getEString(), "computeBackend", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_KubernetesMemoryLimit(), ecorePackage.getEString(), "kubernetesMemoryLimit", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_KubernetesMemoryRequest(), ecorePackage.getEString(), "kubernetesMemoryRequest", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_KubernetesCpuRequest(), ecorePackage.getEString(), "kubernetesCpuRequest", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_KubernetesCpuLimit(), ecorePackage.getEString(), "kubernetesCpuLimit", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_KubernetesJobTimeout(), ecorePackage.getEIntegerObject(), "kubernetesJobTimeout", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_KubernetesUid(), ecorePackage.getEIntegerObject(), "kubernetesUid", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_VomsProxy(), ecorePackage.getEBooleanObject(), "vomsProxy", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Rucio(), ecorePackage.getEBooleanObject(), "rucio", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Kerberos(), ecorePackage.getEBooleanObject(), "kerberos", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_UnpackedImg(), ecorePackage.getEBooleanObject(), "unpackedImg", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_HtcondorMaxRuntime(), ecorePackage.getEString(), "htcondorMaxRuntime", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_HtcondorAccountingGroup(), ecorePackage.getEString(), "htcondorAccountingGroup", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_HtcondorRequestCpus(), ecorePackage.getEString(), "htcondorRequestCpus", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_HtcondorRequestMemory(), ecorePackage.getEString(), "htcondorRequestMemory", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_HtcondorRequestDisk(), ecorePackage.getEString(), "htcondorRequestDisk", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_HtcondorRequirements(), ecorePackage.getEString(), "htcondorRequirements", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_SlurmPartition(), ecorePackage.getEString(), "slurmPartition", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_SlurmTime(), ecorePackage.getEString(), "slurmTime", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_C4pCpuCores(), ecorePackage.getEString(), "c4pCpuCores", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_C4pMemoryLimit(), ecorePackage.getEString(), "c4pMemoryLimit", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_C4pAdditionalRequirements(), ecorePackage.getEString(), "c4pAdditionalRequirements", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_DependsOn(), ecorePackage.getEString(), "dependsOn", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Scatter(), this.getScatterParameter(), null, "scatter", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scatterParameterEClass, ScatterParameter.class, "ScatterParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScatterParameter_Name(), ecorePackage.getEString(), "name", null, 0, 1, ScatterParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScatterParameter_Values(), ecorePackage.getEString(), "values", null, 0, -1, ScatterParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resourcesEClass, Resources.class, "Resources", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResources_Cvmfs(), ecorePackage.getEString(), "cvmfs", null, 0, -1, Resources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResources_Kerberos(), ecorePackage.getEBooleanObject(), "kerberos", null, 0, 1, Resources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResources_VomsProxy(), ecorePackage.getEBooleanObject(), "vomsProxy", null, 0, 1, Resources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResources_Rucio(), ecorePackage.getEBooleanObject(), "rucio", null, 0, 1, Resources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResources_Dask(), this.getDask(), null, "dask", null, 0, 1, Resources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(daskEClass, Dask.class, "Dask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDask_Image(), ecorePackage.getEString(), "image", null, 0, 1, Dask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDask_NumberOfWorkers(), ecorePackage.getEIntegerObject(), "numberOfWorkers", null, 0, 1, Dask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDask_SingleWorkerMemory(), ecorePackage.getEString(), "singleWorkerMemory", null, 0, 1, Dask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDask_SingleWorkerThreads(), ecorePackage.getEIntegerObject(), "singleWorkerThreads", null, 0, 1, Dask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outputsEClass, Outputs.class, "Outputs", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutputs_Files(), ecorePackage.getEString(), "files", null, 0, -1, Outputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutputs_Directories(), ecorePackage.getEString(), "directories", null, 0, -1, Outputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(testsEClass, Tests.class, "Tests", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTests_Files(), ecorePackage.getEString(), "files", null, 0, -1, Tests.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workspaceEClass, Workspace.class, "Workspace", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkspace_RootPath(), ecorePackage.getEString(), "rootPath", null, 0, 1, Workspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkspace_RetentionDays(), this.getRetentionRule(), null, "retentionDays", null, 0, -1, Workspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(retentionRuleEClass, RetentionRule.class, "RetentionRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRetentionRule_Pattern(), ecorePackage.getEString(), "pattern", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Days(), ecorePackage.getEIntegerObject(), "days", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workflowGraphEClass, WorkflowGraph.class, "WorkflowGraph", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkflowGraph_Path(), ecorePackage.getEString(), "path", null, 0, 1, WorkflowGraph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflowGraph_Nodes(), this.getGraphNode(), null, "nodes", null, 0, -1, WorkflowGraph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(graphNodeEClass, GraphNode.class, "GraphNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraphNode_Name(), ecorePackage.getEString(), "name", null, 0, 1, GraphNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphNode_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, GraphNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphNode_Environment(), ecorePackage.getEString(), "environment", null, 0, 1, GraphNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphNode_SourceFile(), ecorePackage.getEString(), "sourceFile", null, 0, 1, GraphNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphNode_Scattered(), ecorePackage.getEBoolean(), "scattered", null, 0, 1, GraphNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGraphNode_Dependencies(), this.getGraphNode(), null, "dependencies", null, 0, -1, GraphNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(externalDocumentEClass, ExternalDocument.class, "ExternalDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExternalDocument_Path(), ecorePackage.getEString(), "path", null, 0, 1, ExternalDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalDocument_Text(), ecorePackage.getEString(), "text", null, 0, 1, ExternalDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(workflowTypeEEnum, WorkflowType.class, "WorkflowType");
		addEEnumLiteral(workflowTypeEEnum, WorkflowType.SERIAL);
		addEEnumLiteral(workflowTypeEEnum, WorkflowType.YADAGE);
		addEEnumLiteral(workflowTypeEEnum, WorkflowType.CWL);
		addEEnumLiteral(workflowTypeEEnum, WorkflowType.SNAKEMAKE);

		initEEnum(valueTypeEEnum, ValueType.class, "ValueType");
		addEEnumLiteral(valueTypeEEnum, ValueType.STRING);
		addEEnumLiteral(valueTypeEEnum, ValueType.INTEGER);
		addEEnumLiteral(valueTypeEEnum, ValueType.FLOAT);
		addEEnumLiteral(valueTypeEEnum, ValueType.BOOLEAN);
		addEEnumLiteral(valueTypeEEnum, ValueType.NULL);
		addEEnumLiteral(valueTypeEEnum, ValueType.LIST);
		addEEnumLiteral(valueTypeEEnum, ValueType.MAP);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.vre.org/workflow/yaml
		createYamlAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.vre.org/workflow/yaml</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createYamlAnnotations() {
		String source = "http://www.vre.org/workflow/yaml";
		addAnnotation
		  (getSpecification_Version(),
		   source,
		   new String[] {
			   "key", "version"
		   });
		addAnnotation
		  (getSpecification_Inputs(),
		   source,
		   new String[] {
			   "key", "inputs"
		   });
		addAnnotation
		  (getSpecification_Workflow(),
		   source,
		   new String[] {
			   "key", "workflow"
		   });
		addAnnotation
		  (getSpecification_Outputs(),
		   source,
		   new String[] {
			   "key", "outputs"
		   });
		addAnnotation
		  (getSpecification_Tests(),
		   source,
		   new String[] {
			   "key", "tests"
		   });
		addAnnotation
		  (getSpecification_Workspace(),
		   source,
		   new String[] {
			   "key", "workspace"
		   });
		addAnnotation
		  (getInputs_Files(),
		   source,
		   new String[] {
			   "key", "files"
		   });
		addAnnotation
		  (getInputs_Directories(),
		   source,
		   new String[] {
			   "key", "directories"
		   });
		addAnnotation
		  (getInputs_Parameters(),
		   source,
		   new String[] {
			   "key", "parameters",
			   "map", "true"
		   });
		addAnnotation
		  (getInputs_Options(),
		   source,
		   new String[] {
			   "key", "options",
			   "map", "true"
		   });
		addAnnotation
		  (getParameter_Name(),
		   source,
		   new String[] {
			   "mapKey", "true"
		   });
		addAnnotation
		  (getParameter_Value(),
		   source,
		   new String[] {
			   "mapValue", "true"
		   });
		addAnnotation
		  (getOption_Name(),
		   source,
		   new String[] {
			   "mapKey", "true"
		   });
		addAnnotation
		  (getOption_Value(),
		   source,
		   new String[] {
			   "mapValue", "true"
		   });
		addAnnotation
		  (getWorkflow_Type(),
		   source,
		   new String[] {
			   "key", "type"
		   });
		addAnnotation
		  (getWorkflow_File(),
		   source,
		   new String[] {
			   "key", "file"
		   });
		addAnnotation
		  (getWorkflow_Specification(),
		   source,
		   new String[] {
			   "key", "specification"
		   });
		addAnnotation
		  (getWorkflow_Files(),
		   source,
		   new String[] {
			   "key", "files"
		   });
		addAnnotation
		  (getWorkflow_Directories(),
		   source,
		   new String[] {
			   "key", "directories"
		   });
		addAnnotation
		  (getWorkflow_Parameters(),
		   source,
		   new String[] {
			   "key", "parameters"
		   });
		addAnnotation
		  (getWorkflow_Resources(),
		   source,
		   new String[] {
			   "key", "resources"
		   });
		addAnnotation
		  (getWorkflowParameters_File(),
		   source,
		   new String[] {
			   "key", "file"
		   });
		addAnnotation
		  (getSerialSpecification_Steps(),
		   source,
		   new String[] {
			   "key", "steps"
		   });
		addAnnotation
		  (getStep_Name(),
		   source,
		   new String[] {
			   "key", "name"
		   });
		addAnnotation
		  (getStep_Environment(),
		   source,
		   new String[] {
			   "key", "environment"
		   });
		addAnnotation
		  (getStep_Commands(),
		   source,
		   new String[] {
			   "key", "commands"
		   });
		addAnnotation
		  (getStep_ComputeBackend(),
		   source,
		   new String[] {
			   "key", "compute_backend"
		   });
		addAnnotation
		  (getStep_KubernetesMemoryLimit(),
		   source,
		   new String[] {
			   "key", "kubernetes_memory_limit"
		   });
		addAnnotation
		  (getStep_KubernetesMemoryRequest(),
		   source,
		   new String[] {
			   "key", "kubernetes_memory_request"
		   });
		addAnnotation
		  (getStep_KubernetesCpuRequest(),
		   source,
		   new String[] {
			   "key", "kubernetes_cpu_request"
		   });
		addAnnotation
		  (getStep_KubernetesCpuLimit(),
		   source,
		   new String[] {
			   "key", "kubernetes_cpu_limit"
		   });
		addAnnotation
		  (getStep_KubernetesJobTimeout(),
		   source,
		   new String[] {
			   "key", "kubernetes_job_timeout"
		   });
		addAnnotation
		  (getStep_KubernetesUid(),
		   source,
		   new String[] {
			   "key", "kubernetes_uid"
		   });
		addAnnotation
		  (getStep_VomsProxy(),
		   source,
		   new String[] {
			   "key", "voms_proxy"
		   });
		addAnnotation
		  (getStep_Rucio(),
		   source,
		   new String[] {
			   "key", "rucio"
		   });
		addAnnotation
		  (getStep_Kerberos(),
		   source,
		   new String[] {
			   "key", "kerberos"
		   });
		addAnnotation
		  (getStep_UnpackedImg(),
		   source,
		   new String[] {
			   "key", "unpacked_img"
		   });
		addAnnotation
		  (getStep_HtcondorMaxRuntime(),
		   source,
		   new String[] {
			   "key", "htcondor_max_runtime"
		   });
		addAnnotation
		  (getStep_HtcondorAccountingGroup(),
		   source,
		   new String[] {
			   "key", "htcondor_accounting_group"
		   });
		addAnnotation
		  (getStep_HtcondorRequestCpus(),
		   source,
		   new String[] {
			   "key", "htcondor_request_cpus"
		   });
		addAnnotation
		  (getStep_HtcondorRequestMemory(),
		   source,
		   new String[] {
			   "key", "htcondor_request_memory"
		   });
		addAnnotation
		  (getStep_HtcondorRequestDisk(),
		   source,
		   new String[] {
			   "key", "htcondor_request_disk"
		   });
		addAnnotation
		  (getStep_HtcondorRequirements(),
		   source,
		   new String[] {
			   "key", "htcondor_requirements"
		   });
		addAnnotation
		  (getStep_SlurmPartition(),
		   source,
		   new String[] {
			   "key", "slurm_partition"
		   });
		addAnnotation
		  (getStep_SlurmTime(),
		   source,
		   new String[] {
			   "key", "slurm_time"
		   });
		addAnnotation
		  (getStep_C4pCpuCores(),
		   source,
		   new String[] {
			   "key", "c4p_cpu_cores"
		   });
		addAnnotation
		  (getStep_C4pMemoryLimit(),
		   source,
		   new String[] {
			   "key", "c4p_memory_limit"
		   });
		addAnnotation
		  (getStep_C4pAdditionalRequirements(),
		   source,
		   new String[] {
			   "key", "c4p_additional_requirements"
		   });
		addAnnotation
		  (getStep_DependsOn(),
		   source,
		   new String[] {
			   "key", "depends_on"
		   });
		addAnnotation
		  (getStep_Scatter(),
		   source,
		   new String[] {
			   "key", "scatter",
			   "map", "true"
		   });
		addAnnotation
		  (getScatterParameter_Name(),
		   source,
		   new String[] {
			   "mapKey", "true"
		   });
		addAnnotation
		  (getScatterParameter_Values(),
		   source,
		   new String[] {
			   "mapValue", "true"
		   });
		addAnnotation
		  (getResources_Cvmfs(),
		   source,
		   new String[] {
			   "key", "cvmfs"
		   });
		addAnnotation
		  (getResources_Kerberos(),
		   source,
		   new String[] {
			   "key", "kerberos"
		   });
		addAnnotation
		  (getResources_VomsProxy(),
		   source,
		   new String[] {
			   "key", "voms_proxy"
		   });
		addAnnotation
		  (getResources_Rucio(),
		   source,
		   new String[] {
			   "key", "rucio"
		   });
		addAnnotation
		  (getResources_Dask(),
		   source,
		   new String[] {
			   "key", "dask"
		   });
		addAnnotation
		  (getDask_Image(),
		   source,
		   new String[] {
			   "key", "image"
		   });
		addAnnotation
		  (getDask_NumberOfWorkers(),
		   source,
		   new String[] {
			   "key", "number_of_workers"
		   });
		addAnnotation
		  (getDask_SingleWorkerMemory(),
		   source,
		   new String[] {
			   "key", "single_worker_memory"
		   });
		addAnnotation
		  (getDask_SingleWorkerThreads(),
		   source,
		   new String[] {
			   "key", "single_worker_threads"
		   });
		addAnnotation
		  (getOutputs_Files(),
		   source,
		   new String[] {
			   "key", "files"
		   });
		addAnnotation
		  (getOutputs_Directories(),
		   source,
		   new String[] {
			   "key", "directories"
		   });
		addAnnotation
		  (getTests_Files(),
		   source,
		   new String[] {
			   "key", "files"
		   });
		addAnnotation
		  (getWorkspace_RootPath(),
		   source,
		   new String[] {
			   "key", "root_path"
		   });
		addAnnotation
		  (getWorkspace_RetentionDays(),
		   source,
		   new String[] {
			   "key", "retention_days",
			   "map", "true"
		   });
		addAnnotation
		  (getRetentionRule_Pattern(),
		   source,
		   new String[] {
			   "mapKey", "true"
		   });
		addAnnotation
		  (getRetentionRule_Days(),
		   source,
		   new String[] {
			   "mapValue", "true"
		   });
	}

} //WorkflowPackageImpl

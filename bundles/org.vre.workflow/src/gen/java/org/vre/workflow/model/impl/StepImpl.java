/**
 */
package org.vre.workflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vre.workflow.model.ScatterParameter;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getCommands <em>Commands</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getComputeBackend <em>Compute Backend</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getKubernetesMemoryLimit <em>Kubernetes Memory Limit</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getKubernetesMemoryRequest <em>Kubernetes Memory Request</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getKubernetesCpuRequest <em>Kubernetes Cpu Request</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getKubernetesCpuLimit <em>Kubernetes Cpu Limit</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getKubernetesJobTimeout <em>Kubernetes Job Timeout</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getKubernetesUid <em>Kubernetes Uid</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getVomsProxy <em>Voms Proxy</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getRucio <em>Rucio</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getKerberos <em>Kerberos</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getUnpackedImg <em>Unpacked Img</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getHtcondorMaxRuntime <em>Htcondor Max Runtime</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getHtcondorAccountingGroup <em>Htcondor Accounting Group</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getHtcondorRequestCpus <em>Htcondor Request Cpus</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getHtcondorRequestMemory <em>Htcondor Request Memory</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getHtcondorRequestDisk <em>Htcondor Request Disk</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getHtcondorRequirements <em>Htcondor Requirements</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getSlurmPartition <em>Slurm Partition</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getSlurmTime <em>Slurm Time</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getC4pCpuCores <em>C4p Cpu Cores</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getC4pMemoryLimit <em>C4p Memory Limit</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getC4pAdditionalRequirements <em>C4p Additional Requirements</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.StepImpl#getScatter <em>Scatter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends LocatedImpl implements Step {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnvironment() <em>Environment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected static final String ENVIRONMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected String environment = ENVIRONMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommands() <em>Commands</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommands()
	 * @generated
	 * @ordered
	 */
	protected EList<String> commands;

	/**
	 * The default value of the '{@link #getComputeBackend() <em>Compute Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputeBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPUTE_BACKEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComputeBackend() <em>Compute Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputeBackend()
	 * @generated
	 * @ordered
	 */
	protected String computeBackend = COMPUTE_BACKEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getKubernetesMemoryLimit() <em>Kubernetes Memory Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesMemoryLimit()
	 * @generated
	 * @ordered
	 */
	protected static final String KUBERNETES_MEMORY_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubernetesMemoryLimit() <em>Kubernetes Memory Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesMemoryLimit()
	 * @generated
	 * @ordered
	 */
	protected String kubernetesMemoryLimit = KUBERNETES_MEMORY_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKubernetesMemoryRequest() <em>Kubernetes Memory Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesMemoryRequest()
	 * @generated
	 * @ordered
	 */
	protected static final String KUBERNETES_MEMORY_REQUEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubernetesMemoryRequest() <em>Kubernetes Memory Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesMemoryRequest()
	 * @generated
	 * @ordered
	 */
	protected String kubernetesMemoryRequest = KUBERNETES_MEMORY_REQUEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getKubernetesCpuRequest() <em>Kubernetes Cpu Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesCpuRequest()
	 * @generated
	 * @ordered
	 */
	protected static final String KUBERNETES_CPU_REQUEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubernetesCpuRequest() <em>Kubernetes Cpu Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesCpuRequest()
	 * @generated
	 * @ordered
	 */
	protected String kubernetesCpuRequest = KUBERNETES_CPU_REQUEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getKubernetesCpuLimit() <em>Kubernetes Cpu Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesCpuLimit()
	 * @generated
	 * @ordered
	 */
	protected static final String KUBERNETES_CPU_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubernetesCpuLimit() <em>Kubernetes Cpu Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesCpuLimit()
	 * @generated
	 * @ordered
	 */
	protected String kubernetesCpuLimit = KUBERNETES_CPU_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKubernetesJobTimeout() <em>Kubernetes Job Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesJobTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final Integer KUBERNETES_JOB_TIMEOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubernetesJobTimeout() <em>Kubernetes Job Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesJobTimeout()
	 * @generated
	 * @ordered
	 */
	protected Integer kubernetesJobTimeout = KUBERNETES_JOB_TIMEOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKubernetesUid() <em>Kubernetes Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesUid()
	 * @generated
	 * @ordered
	 */
	protected static final Integer KUBERNETES_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubernetesUid() <em>Kubernetes Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubernetesUid()
	 * @generated
	 * @ordered
	 */
	protected Integer kubernetesUid = KUBERNETES_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getVomsProxy() <em>Voms Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVomsProxy()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean VOMS_PROXY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVomsProxy() <em>Voms Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVomsProxy()
	 * @generated
	 * @ordered
	 */
	protected Boolean vomsProxy = VOMS_PROXY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRucio() <em>Rucio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRucio()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean RUCIO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRucio() <em>Rucio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRucio()
	 * @generated
	 * @ordered
	 */
	protected Boolean rucio = RUCIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getKerberos() <em>Kerberos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKerberos()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean KERBEROS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKerberos() <em>Kerberos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKerberos()
	 * @generated
	 * @ordered
	 */
	protected Boolean kerberos = KERBEROS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnpackedImg() <em>Unpacked Img</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnpackedImg()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean UNPACKED_IMG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnpackedImg() <em>Unpacked Img</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnpackedImg()
	 * @generated
	 * @ordered
	 */
	protected Boolean unpackedImg = UNPACKED_IMG_EDEFAULT;

	/**
	 * The default value of the '{@link #getHtcondorMaxRuntime() <em>Htcondor Max Runtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorMaxRuntime()
	 * @generated
	 * @ordered
	 */
	protected static final String HTCONDOR_MAX_RUNTIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHtcondorMaxRuntime() <em>Htcondor Max Runtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorMaxRuntime()
	 * @generated
	 * @ordered
	 */
	protected String htcondorMaxRuntime = HTCONDOR_MAX_RUNTIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHtcondorAccountingGroup() <em>Htcondor Accounting Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorAccountingGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String HTCONDOR_ACCOUNTING_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHtcondorAccountingGroup() <em>Htcondor Accounting Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorAccountingGroup()
	 * @generated
	 * @ordered
	 */
	protected String htcondorAccountingGroup = HTCONDOR_ACCOUNTING_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getHtcondorRequestCpus() <em>Htcondor Request Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorRequestCpus()
	 * @generated
	 * @ordered
	 */
	protected static final String HTCONDOR_REQUEST_CPUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHtcondorRequestCpus() <em>Htcondor Request Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorRequestCpus()
	 * @generated
	 * @ordered
	 */
	protected String htcondorRequestCpus = HTCONDOR_REQUEST_CPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHtcondorRequestMemory() <em>Htcondor Request Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorRequestMemory()
	 * @generated
	 * @ordered
	 */
	protected static final String HTCONDOR_REQUEST_MEMORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHtcondorRequestMemory() <em>Htcondor Request Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorRequestMemory()
	 * @generated
	 * @ordered
	 */
	protected String htcondorRequestMemory = HTCONDOR_REQUEST_MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHtcondorRequestDisk() <em>Htcondor Request Disk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorRequestDisk()
	 * @generated
	 * @ordered
	 */
	protected static final String HTCONDOR_REQUEST_DISK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHtcondorRequestDisk() <em>Htcondor Request Disk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorRequestDisk()
	 * @generated
	 * @ordered
	 */
	protected String htcondorRequestDisk = HTCONDOR_REQUEST_DISK_EDEFAULT;

	/**
	 * The default value of the '{@link #getHtcondorRequirements() <em>Htcondor Requirements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorRequirements()
	 * @generated
	 * @ordered
	 */
	protected static final String HTCONDOR_REQUIREMENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHtcondorRequirements() <em>Htcondor Requirements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHtcondorRequirements()
	 * @generated
	 * @ordered
	 */
	protected String htcondorRequirements = HTCONDOR_REQUIREMENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlurmPartition() <em>Slurm Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlurmPartition()
	 * @generated
	 * @ordered
	 */
	protected static final String SLURM_PARTITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlurmPartition() <em>Slurm Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlurmPartition()
	 * @generated
	 * @ordered
	 */
	protected String slurmPartition = SLURM_PARTITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlurmTime() <em>Slurm Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlurmTime()
	 * @generated
	 * @ordered
	 */
	protected static final String SLURM_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlurmTime() <em>Slurm Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlurmTime()
	 * @generated
	 * @ordered
	 */
	protected String slurmTime = SLURM_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getC4pCpuCores() <em>C4p Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC4pCpuCores()
	 * @generated
	 * @ordered
	 */
	protected static final String C4P_CPU_CORES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getC4pCpuCores() <em>C4p Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC4pCpuCores()
	 * @generated
	 * @ordered
	 */
	protected String c4pCpuCores = C4P_CPU_CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getC4pMemoryLimit() <em>C4p Memory Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC4pMemoryLimit()
	 * @generated
	 * @ordered
	 */
	protected static final String C4P_MEMORY_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getC4pMemoryLimit() <em>C4p Memory Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC4pMemoryLimit()
	 * @generated
	 * @ordered
	 */
	protected String c4pMemoryLimit = C4P_MEMORY_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getC4pAdditionalRequirements() <em>C4p Additional Requirements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC4pAdditionalRequirements()
	 * @generated
	 * @ordered
	 */
	protected static final String C4P_ADDITIONAL_REQUIREMENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getC4pAdditionalRequirements() <em>C4p Additional Requirements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC4pAdditionalRequirements()
	 * @generated
	 * @ordered
	 */
	protected String c4pAdditionalRequirements = C4P_ADDITIONAL_REQUIREMENTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependsOn()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dependsOn;

	/**
	 * The cached value of the '{@link #getScatter() <em>Scatter</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScatter()
	 * @generated
	 * @ordered
	 */
	protected EList<ScatterParameter> scatter;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnvironment() {
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvironment(String newEnvironment) {
		String oldEnvironment = environment;
		environment = newEnvironment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__ENVIRONMENT, oldEnvironment, environment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommands() {
		if (commands == null) {
			commands = new EDataTypeUniqueEList<String>(String.class, this, WorkflowPackage.STEP__COMMANDS);
		}
		return commands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComputeBackend() {
		return computeBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputeBackend(String newComputeBackend) {
		String oldComputeBackend = computeBackend;
		computeBackend = newComputeBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__COMPUTE_BACKEND, oldComputeBackend, computeBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKubernetesMemoryLimit() {
		return kubernetesMemoryLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubernetesMemoryLimit(String newKubernetesMemoryLimit) {
		String oldKubernetesMemoryLimit = kubernetesMemoryLimit;
		kubernetesMemoryLimit = newKubernetesMemoryLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__KUBERNETES_MEMORY_LIMIT, oldKubernetesMemoryLimit, kubernetesMemoryLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKubernetesMemoryRequest() {
		return kubernetesMemoryRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubernetesMemoryRequest(String newKubernetesMemoryRequest) {
		String oldKubernetesMemoryRequest = kubernetesMemoryRequest;
		kubernetesMemoryRequest = newKubernetesMemoryRequest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__KUBERNETES_MEMORY_REQUEST, oldKubernetesMemoryRequest, kubernetesMemoryRequest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKubernetesCpuRequest() {
		return kubernetesCpuRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubernetesCpuRequest(String newKubernetesCpuRequest) {
		String oldKubernetesCpuRequest = kubernetesCpuRequest;
		kubernetesCpuRequest = newKubernetesCpuRequest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__KUBERNETES_CPU_REQUEST, oldKubernetesCpuRequest, kubernetesCpuRequest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKubernetesCpuLimit() {
		return kubernetesCpuLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubernetesCpuLimit(String newKubernetesCpuLimit) {
		String oldKubernetesCpuLimit = kubernetesCpuLimit;
		kubernetesCpuLimit = newKubernetesCpuLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__KUBERNETES_CPU_LIMIT, oldKubernetesCpuLimit, kubernetesCpuLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getKubernetesJobTimeout() {
		return kubernetesJobTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubernetesJobTimeout(Integer newKubernetesJobTimeout) {
		Integer oldKubernetesJobTimeout = kubernetesJobTimeout;
		kubernetesJobTimeout = newKubernetesJobTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__KUBERNETES_JOB_TIMEOUT, oldKubernetesJobTimeout, kubernetesJobTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getKubernetesUid() {
		return kubernetesUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubernetesUid(Integer newKubernetesUid) {
		Integer oldKubernetesUid = kubernetesUid;
		kubernetesUid = newKubernetesUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__KUBERNETES_UID, oldKubernetesUid, kubernetesUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getVomsProxy() {
		return vomsProxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVomsProxy(Boolean newVomsProxy) {
		Boolean oldVomsProxy = vomsProxy;
		vomsProxy = newVomsProxy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__VOMS_PROXY, oldVomsProxy, vomsProxy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRucio() {
		return rucio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRucio(Boolean newRucio) {
		Boolean oldRucio = rucio;
		rucio = newRucio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__RUCIO, oldRucio, rucio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getKerberos() {
		return kerberos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKerberos(Boolean newKerberos) {
		Boolean oldKerberos = kerberos;
		kerberos = newKerberos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__KERBEROS, oldKerberos, kerberos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getUnpackedImg() {
		return unpackedImg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnpackedImg(Boolean newUnpackedImg) {
		Boolean oldUnpackedImg = unpackedImg;
		unpackedImg = newUnpackedImg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__UNPACKED_IMG, oldUnpackedImg, unpackedImg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHtcondorMaxRuntime() {
		return htcondorMaxRuntime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHtcondorMaxRuntime(String newHtcondorMaxRuntime) {
		String oldHtcondorMaxRuntime = htcondorMaxRuntime;
		htcondorMaxRuntime = newHtcondorMaxRuntime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__HTCONDOR_MAX_RUNTIME, oldHtcondorMaxRuntime, htcondorMaxRuntime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHtcondorAccountingGroup() {
		return htcondorAccountingGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHtcondorAccountingGroup(String newHtcondorAccountingGroup) {
		String oldHtcondorAccountingGroup = htcondorAccountingGroup;
		htcondorAccountingGroup = newHtcondorAccountingGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__HTCONDOR_ACCOUNTING_GROUP, oldHtcondorAccountingGroup, htcondorAccountingGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHtcondorRequestCpus() {
		return htcondorRequestCpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHtcondorRequestCpus(String newHtcondorRequestCpus) {
		String oldHtcondorRequestCpus = htcondorRequestCpus;
		htcondorRequestCpus = newHtcondorRequestCpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__HTCONDOR_REQUEST_CPUS, oldHtcondorRequestCpus, htcondorRequestCpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHtcondorRequestMemory() {
		return htcondorRequestMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHtcondorRequestMemory(String newHtcondorRequestMemory) {
		String oldHtcondorRequestMemory = htcondorRequestMemory;
		htcondorRequestMemory = newHtcondorRequestMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__HTCONDOR_REQUEST_MEMORY, oldHtcondorRequestMemory, htcondorRequestMemory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHtcondorRequestDisk() {
		return htcondorRequestDisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHtcondorRequestDisk(String newHtcondorRequestDisk) {
		String oldHtcondorRequestDisk = htcondorRequestDisk;
		htcondorRequestDisk = newHtcondorRequestDisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__HTCONDOR_REQUEST_DISK, oldHtcondorRequestDisk, htcondorRequestDisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHtcondorRequirements() {
		return htcondorRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHtcondorRequirements(String newHtcondorRequirements) {
		String oldHtcondorRequirements = htcondorRequirements;
		htcondorRequirements = newHtcondorRequirements;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__HTCONDOR_REQUIREMENTS, oldHtcondorRequirements, htcondorRequirements));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlurmPartition() {
		return slurmPartition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlurmPartition(String newSlurmPartition) {
		String oldSlurmPartition = slurmPartition;
		slurmPartition = newSlurmPartition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__SLURM_PARTITION, oldSlurmPartition, slurmPartition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlurmTime() {
		return slurmTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlurmTime(String newSlurmTime) {
		String oldSlurmTime = slurmTime;
		slurmTime = newSlurmTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__SLURM_TIME, oldSlurmTime, slurmTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getC4pCpuCores() {
		return c4pCpuCores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setC4pCpuCores(String newC4pCpuCores) {
		String oldC4pCpuCores = c4pCpuCores;
		c4pCpuCores = newC4pCpuCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__C4P_CPU_CORES, oldC4pCpuCores, c4pCpuCores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getC4pMemoryLimit() {
		return c4pMemoryLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setC4pMemoryLimit(String newC4pMemoryLimit) {
		String oldC4pMemoryLimit = c4pMemoryLimit;
		c4pMemoryLimit = newC4pMemoryLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__C4P_MEMORY_LIMIT, oldC4pMemoryLimit, c4pMemoryLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getC4pAdditionalRequirements() {
		return c4pAdditionalRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setC4pAdditionalRequirements(String newC4pAdditionalRequirements) {
		String oldC4pAdditionalRequirements = c4pAdditionalRequirements;
		c4pAdditionalRequirements = newC4pAdditionalRequirements;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__C4P_ADDITIONAL_REQUIREMENTS, oldC4pAdditionalRequirements, c4pAdditionalRequirements));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDependsOn() {
		if (dependsOn == null) {
			dependsOn = new EDataTypeUniqueEList<String>(String.class, this, WorkflowPackage.STEP__DEPENDS_ON);
		}
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScatterParameter> getScatter() {
		if (scatter == null) {
			scatter = new EObjectContainmentEList<ScatterParameter>(ScatterParameter.class, this, WorkflowPackage.STEP__SCATTER);
		}
		return scatter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.STEP__SCATTER:
				return ((InternalEList<?>)getScatter()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkflowPackage.STEP__NAME:
				return getName();
			case WorkflowPackage.STEP__ENVIRONMENT:
				return getEnvironment();
			case WorkflowPackage.STEP__COMMANDS:
				return getCommands();
			case WorkflowPackage.STEP__COMPUTE_BACKEND:
				return getComputeBackend();
			case WorkflowPackage.STEP__KUBERNETES_MEMORY_LIMIT:
				return getKubernetesMemoryLimit();
			case WorkflowPackage.STEP__KUBERNETES_MEMORY_REQUEST:
				return getKubernetesMemoryRequest();
			case WorkflowPackage.STEP__KUBERNETES_CPU_REQUEST:
				return getKubernetesCpuRequest();
			case WorkflowPackage.STEP__KUBERNETES_CPU_LIMIT:
				return getKubernetesCpuLimit();
			case WorkflowPackage.STEP__KUBERNETES_JOB_TIMEOUT:
				return getKubernetesJobTimeout();
			case WorkflowPackage.STEP__KUBERNETES_UID:
				return getKubernetesUid();
			case WorkflowPackage.STEP__VOMS_PROXY:
				return getVomsProxy();
			case WorkflowPackage.STEP__RUCIO:
				return getRucio();
			case WorkflowPackage.STEP__KERBEROS:
				return getKerberos();
			case WorkflowPackage.STEP__UNPACKED_IMG:
				return getUnpackedImg();
			case WorkflowPackage.STEP__HTCONDOR_MAX_RUNTIME:
				return getHtcondorMaxRuntime();
			case WorkflowPackage.STEP__HTCONDOR_ACCOUNTING_GROUP:
				return getHtcondorAccountingGroup();
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_CPUS:
				return getHtcondorRequestCpus();
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_MEMORY:
				return getHtcondorRequestMemory();
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_DISK:
				return getHtcondorRequestDisk();
			case WorkflowPackage.STEP__HTCONDOR_REQUIREMENTS:
				return getHtcondorRequirements();
			case WorkflowPackage.STEP__SLURM_PARTITION:
				return getSlurmPartition();
			case WorkflowPackage.STEP__SLURM_TIME:
				return getSlurmTime();
			case WorkflowPackage.STEP__C4P_CPU_CORES:
				return getC4pCpuCores();
			case WorkflowPackage.STEP__C4P_MEMORY_LIMIT:
				return getC4pMemoryLimit();
			case WorkflowPackage.STEP__C4P_ADDITIONAL_REQUIREMENTS:
				return getC4pAdditionalRequirements();
			case WorkflowPackage.STEP__DEPENDS_ON:
				return getDependsOn();
			case WorkflowPackage.STEP__SCATTER:
				return getScatter();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WorkflowPackage.STEP__NAME:
				setName((String)newValue);
				return;
			case WorkflowPackage.STEP__ENVIRONMENT:
				setEnvironment((String)newValue);
				return;
			case WorkflowPackage.STEP__COMMANDS:
				getCommands().clear();
				getCommands().addAll((Collection<? extends String>)newValue);
				return;
			case WorkflowPackage.STEP__COMPUTE_BACKEND:
				setComputeBackend((String)newValue);
				return;
			case WorkflowPackage.STEP__KUBERNETES_MEMORY_LIMIT:
				setKubernetesMemoryLimit((String)newValue);
				return;
			case WorkflowPackage.STEP__KUBERNETES_MEMORY_REQUEST:
				setKubernetesMemoryRequest((String)newValue);
				return;
			case WorkflowPackage.STEP__KUBERNETES_CPU_REQUEST:
				setKubernetesCpuRequest((String)newValue);
				return;
			case WorkflowPackage.STEP__KUBERNETES_CPU_LIMIT:
				setKubernetesCpuLimit((String)newValue);
				return;
			case WorkflowPackage.STEP__KUBERNETES_JOB_TIMEOUT:
				setKubernetesJobTimeout((Integer)newValue);
				return;
			case WorkflowPackage.STEP__KUBERNETES_UID:
				setKubernetesUid((Integer)newValue);
				return;
			case WorkflowPackage.STEP__VOMS_PROXY:
				setVomsProxy((Boolean)newValue);
				return;
			case WorkflowPackage.STEP__RUCIO:
				setRucio((Boolean)newValue);
				return;
			case WorkflowPackage.STEP__KERBEROS:
				setKerberos((Boolean)newValue);
				return;
			case WorkflowPackage.STEP__UNPACKED_IMG:
				setUnpackedImg((Boolean)newValue);
				return;
			case WorkflowPackage.STEP__HTCONDOR_MAX_RUNTIME:
				setHtcondorMaxRuntime((String)newValue);
				return;
			case WorkflowPackage.STEP__HTCONDOR_ACCOUNTING_GROUP:
				setHtcondorAccountingGroup((String)newValue);
				return;
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_CPUS:
				setHtcondorRequestCpus((String)newValue);
				return;
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_MEMORY:
				setHtcondorRequestMemory((String)newValue);
				return;
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_DISK:
				setHtcondorRequestDisk((String)newValue);
				return;
			case WorkflowPackage.STEP__HTCONDOR_REQUIREMENTS:
				setHtcondorRequirements((String)newValue);
				return;
			case WorkflowPackage.STEP__SLURM_PARTITION:
				setSlurmPartition((String)newValue);
				return;
			case WorkflowPackage.STEP__SLURM_TIME:
				setSlurmTime((String)newValue);
				return;
			case WorkflowPackage.STEP__C4P_CPU_CORES:
				setC4pCpuCores((String)newValue);
				return;
			case WorkflowPackage.STEP__C4P_MEMORY_LIMIT:
				setC4pMemoryLimit((String)newValue);
				return;
			case WorkflowPackage.STEP__C4P_ADDITIONAL_REQUIREMENTS:
				setC4pAdditionalRequirements((String)newValue);
				return;
			case WorkflowPackage.STEP__DEPENDS_ON:
				getDependsOn().clear();
				getDependsOn().addAll((Collection<? extends String>)newValue);
				return;
			case WorkflowPackage.STEP__SCATTER:
				getScatter().clear();
				getScatter().addAll((Collection<? extends ScatterParameter>)newValue);
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
			case WorkflowPackage.STEP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WorkflowPackage.STEP__ENVIRONMENT:
				setEnvironment(ENVIRONMENT_EDEFAULT);
				return;
			case WorkflowPackage.STEP__COMMANDS:
				getCommands().clear();
				return;
			case WorkflowPackage.STEP__COMPUTE_BACKEND:
				setComputeBackend(COMPUTE_BACKEND_EDEFAULT);
				return;
			case WorkflowPackage.STEP__KUBERNETES_MEMORY_LIMIT:
				setKubernetesMemoryLimit(KUBERNETES_MEMORY_LIMIT_EDEFAULT);
				return;
			case WorkflowPackage.STEP__KUBERNETES_MEMORY_REQUEST:
				setKubernetesMemoryRequest(KUBERNETES_MEMORY_REQUEST_EDEFAULT);
				return;
			case WorkflowPackage.STEP__KUBERNETES_CPU_REQUEST:
				setKubernetesCpuRequest(KUBERNETES_CPU_REQUEST_EDEFAULT);
				return;
			case WorkflowPackage.STEP__KUBERNETES_CPU_LIMIT:
				setKubernetesCpuLimit(KUBERNETES_CPU_LIMIT_EDEFAULT);
				return;
			case WorkflowPackage.STEP__KUBERNETES_JOB_TIMEOUT:
				setKubernetesJobTimeout(KUBERNETES_JOB_TIMEOUT_EDEFAULT);
				return;
			case WorkflowPackage.STEP__KUBERNETES_UID:
				setKubernetesUid(KUBERNETES_UID_EDEFAULT);
				return;
			case WorkflowPackage.STEP__VOMS_PROXY:
				setVomsProxy(VOMS_PROXY_EDEFAULT);
				return;
			case WorkflowPackage.STEP__RUCIO:
				setRucio(RUCIO_EDEFAULT);
				return;
			case WorkflowPackage.STEP__KERBEROS:
				setKerberos(KERBEROS_EDEFAULT);
				return;
			case WorkflowPackage.STEP__UNPACKED_IMG:
				setUnpackedImg(UNPACKED_IMG_EDEFAULT);
				return;
			case WorkflowPackage.STEP__HTCONDOR_MAX_RUNTIME:
				setHtcondorMaxRuntime(HTCONDOR_MAX_RUNTIME_EDEFAULT);
				return;
			case WorkflowPackage.STEP__HTCONDOR_ACCOUNTING_GROUP:
				setHtcondorAccountingGroup(HTCONDOR_ACCOUNTING_GROUP_EDEFAULT);
				return;
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_CPUS:
				setHtcondorRequestCpus(HTCONDOR_REQUEST_CPUS_EDEFAULT);
				return;
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_MEMORY:
				setHtcondorRequestMemory(HTCONDOR_REQUEST_MEMORY_EDEFAULT);
				return;
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_DISK:
				setHtcondorRequestDisk(HTCONDOR_REQUEST_DISK_EDEFAULT);
				return;
			case WorkflowPackage.STEP__HTCONDOR_REQUIREMENTS:
				setHtcondorRequirements(HTCONDOR_REQUIREMENTS_EDEFAULT);
				return;
			case WorkflowPackage.STEP__SLURM_PARTITION:
				setSlurmPartition(SLURM_PARTITION_EDEFAULT);
				return;
			case WorkflowPackage.STEP__SLURM_TIME:
				setSlurmTime(SLURM_TIME_EDEFAULT);
				return;
			case WorkflowPackage.STEP__C4P_CPU_CORES:
				setC4pCpuCores(C4P_CPU_CORES_EDEFAULT);
				return;
			case WorkflowPackage.STEP__C4P_MEMORY_LIMIT:
				setC4pMemoryLimit(C4P_MEMORY_LIMIT_EDEFAULT);
				return;
			case WorkflowPackage.STEP__C4P_ADDITIONAL_REQUIREMENTS:
				setC4pAdditionalRequirements(C4P_ADDITIONAL_REQUIREMENTS_EDEFAULT);
				return;
			case WorkflowPackage.STEP__DEPENDS_ON:
				getDependsOn().clear();
				return;
			case WorkflowPackage.STEP__SCATTER:
				getScatter().clear();
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
			case WorkflowPackage.STEP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WorkflowPackage.STEP__ENVIRONMENT:
				return ENVIRONMENT_EDEFAULT == null ? environment != null : !ENVIRONMENT_EDEFAULT.equals(environment);
			case WorkflowPackage.STEP__COMMANDS:
				return commands != null && !commands.isEmpty();
			case WorkflowPackage.STEP__COMPUTE_BACKEND:
				return COMPUTE_BACKEND_EDEFAULT == null ? computeBackend != null : !COMPUTE_BACKEND_EDEFAULT.equals(computeBackend);
			case WorkflowPackage.STEP__KUBERNETES_MEMORY_LIMIT:
				return KUBERNETES_MEMORY_LIMIT_EDEFAULT == null ? kubernetesMemoryLimit != null : !KUBERNETES_MEMORY_LIMIT_EDEFAULT.equals(kubernetesMemoryLimit);
			case WorkflowPackage.STEP__KUBERNETES_MEMORY_REQUEST:
				return KUBERNETES_MEMORY_REQUEST_EDEFAULT == null ? kubernetesMemoryRequest != null : !KUBERNETES_MEMORY_REQUEST_EDEFAULT.equals(kubernetesMemoryRequest);
			case WorkflowPackage.STEP__KUBERNETES_CPU_REQUEST:
				return KUBERNETES_CPU_REQUEST_EDEFAULT == null ? kubernetesCpuRequest != null : !KUBERNETES_CPU_REQUEST_EDEFAULT.equals(kubernetesCpuRequest);
			case WorkflowPackage.STEP__KUBERNETES_CPU_LIMIT:
				return KUBERNETES_CPU_LIMIT_EDEFAULT == null ? kubernetesCpuLimit != null : !KUBERNETES_CPU_LIMIT_EDEFAULT.equals(kubernetesCpuLimit);
			case WorkflowPackage.STEP__KUBERNETES_JOB_TIMEOUT:
				return KUBERNETES_JOB_TIMEOUT_EDEFAULT == null ? kubernetesJobTimeout != null : !KUBERNETES_JOB_TIMEOUT_EDEFAULT.equals(kubernetesJobTimeout);
			case WorkflowPackage.STEP__KUBERNETES_UID:
				return KUBERNETES_UID_EDEFAULT == null ? kubernetesUid != null : !KUBERNETES_UID_EDEFAULT.equals(kubernetesUid);
			case WorkflowPackage.STEP__VOMS_PROXY:
				return VOMS_PROXY_EDEFAULT == null ? vomsProxy != null : !VOMS_PROXY_EDEFAULT.equals(vomsProxy);
			case WorkflowPackage.STEP__RUCIO:
				return RUCIO_EDEFAULT == null ? rucio != null : !RUCIO_EDEFAULT.equals(rucio);
			case WorkflowPackage.STEP__KERBEROS:
				return KERBEROS_EDEFAULT == null ? kerberos != null : !KERBEROS_EDEFAULT.equals(kerberos);
			case WorkflowPackage.STEP__UNPACKED_IMG:
				return UNPACKED_IMG_EDEFAULT == null ? unpackedImg != null : !UNPACKED_IMG_EDEFAULT.equals(unpackedImg);
			case WorkflowPackage.STEP__HTCONDOR_MAX_RUNTIME:
				return HTCONDOR_MAX_RUNTIME_EDEFAULT == null ? htcondorMaxRuntime != null : !HTCONDOR_MAX_RUNTIME_EDEFAULT.equals(htcondorMaxRuntime);
			case WorkflowPackage.STEP__HTCONDOR_ACCOUNTING_GROUP:
				return HTCONDOR_ACCOUNTING_GROUP_EDEFAULT == null ? htcondorAccountingGroup != null : !HTCONDOR_ACCOUNTING_GROUP_EDEFAULT.equals(htcondorAccountingGroup);
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_CPUS:
				return HTCONDOR_REQUEST_CPUS_EDEFAULT == null ? htcondorRequestCpus != null : !HTCONDOR_REQUEST_CPUS_EDEFAULT.equals(htcondorRequestCpus);
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_MEMORY:
				return HTCONDOR_REQUEST_MEMORY_EDEFAULT == null ? htcondorRequestMemory != null : !HTCONDOR_REQUEST_MEMORY_EDEFAULT.equals(htcondorRequestMemory);
			case WorkflowPackage.STEP__HTCONDOR_REQUEST_DISK:
				return HTCONDOR_REQUEST_DISK_EDEFAULT == null ? htcondorRequestDisk != null : !HTCONDOR_REQUEST_DISK_EDEFAULT.equals(htcondorRequestDisk);
			case WorkflowPackage.STEP__HTCONDOR_REQUIREMENTS:
				return HTCONDOR_REQUIREMENTS_EDEFAULT == null ? htcondorRequirements != null : !HTCONDOR_REQUIREMENTS_EDEFAULT.equals(htcondorRequirements);
			case WorkflowPackage.STEP__SLURM_PARTITION:
				return SLURM_PARTITION_EDEFAULT == null ? slurmPartition != null : !SLURM_PARTITION_EDEFAULT.equals(slurmPartition);
			case WorkflowPackage.STEP__SLURM_TIME:
				return SLURM_TIME_EDEFAULT == null ? slurmTime != null : !SLURM_TIME_EDEFAULT.equals(slurmTime);
			case WorkflowPackage.STEP__C4P_CPU_CORES:
				return C4P_CPU_CORES_EDEFAULT == null ? c4pCpuCores != null : !C4P_CPU_CORES_EDEFAULT.equals(c4pCpuCores);
			case WorkflowPackage.STEP__C4P_MEMORY_LIMIT:
				return C4P_MEMORY_LIMIT_EDEFAULT == null ? c4pMemoryLimit != null : !C4P_MEMORY_LIMIT_EDEFAULT.equals(c4pMemoryLimit);
			case WorkflowPackage.STEP__C4P_ADDITIONAL_REQUIREMENTS:
				return C4P_ADDITIONAL_REQUIREMENTS_EDEFAULT == null ? c4pAdditionalRequirements != null : !C4P_ADDITIONAL_REQUIREMENTS_EDEFAULT.equals(c4pAdditionalRequirements);
			case WorkflowPackage.STEP__DEPENDS_ON:
				return dependsOn != null && !dependsOn.isEmpty();
			case WorkflowPackage.STEP__SCATTER:
				return scatter != null && !scatter.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", environment: ");
		result.append(environment);
		result.append(", commands: ");
		result.append(commands);
		result.append(", computeBackend: ");
		result.append(computeBackend);
		result.append(", kubernetesMemoryLimit: ");
		result.append(kubernetesMemoryLimit);
		result.append(", kubernetesMemoryRequest: ");
		result.append(kubernetesMemoryRequest);
		result.append(", kubernetesCpuRequest: ");
		result.append(kubernetesCpuRequest);
		result.append(", kubernetesCpuLimit: ");
		result.append(kubernetesCpuLimit);
		result.append(", kubernetesJobTimeout: ");
		result.append(kubernetesJobTimeout);
		result.append(", kubernetesUid: ");
		result.append(kubernetesUid);
		result.append(", vomsProxy: ");
		result.append(vomsProxy);
		result.append(", rucio: ");
		result.append(rucio);
		result.append(", kerberos: ");
		result.append(kerberos);
		result.append(", unpackedImg: ");
		result.append(unpackedImg);
		result.append(", htcondorMaxRuntime: ");
		result.append(htcondorMaxRuntime);
		result.append(", htcondorAccountingGroup: ");
		result.append(htcondorAccountingGroup);
		result.append(", htcondorRequestCpus: ");
		result.append(htcondorRequestCpus);
		result.append(", htcondorRequestMemory: ");
		result.append(htcondorRequestMemory);
		result.append(", htcondorRequestDisk: ");
		result.append(htcondorRequestDisk);
		result.append(", htcondorRequirements: ");
		result.append(htcondorRequirements);
		result.append(", slurmPartition: ");
		result.append(slurmPartition);
		result.append(", slurmTime: ");
		result.append(slurmTime);
		result.append(", c4pCpuCores: ");
		result.append(c4pCpuCores);
		result.append(", c4pMemoryLimit: ");
		result.append(c4pMemoryLimit);
		result.append(", c4pAdditionalRequirements: ");
		result.append(c4pAdditionalRequirements);
		result.append(", dependsOn: ");
		result.append(dependsOn);
		result.append(')');
		return result.toString();
	}

} //StepImpl

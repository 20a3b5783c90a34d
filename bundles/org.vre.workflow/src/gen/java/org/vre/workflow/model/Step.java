/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A serial step: a container image and the commands run in it, with its resources. depends_on and scatter are the VRE extension for parallel work.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Step#getName <em>Name</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getCommands <em>Commands</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getComputeBackend <em>Compute Backend</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getKubernetesMemoryLimit <em>Kubernetes Memory Limit</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getKubernetesMemoryRequest <em>Kubernetes Memory Request</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getKubernetesCpuRequest <em>Kubernetes Cpu Request</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getKubernetesCpuLimit <em>Kubernetes Cpu Limit</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getKubernetesJobTimeout <em>Kubernetes Job Timeout</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getKubernetesUid <em>Kubernetes Uid</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getVomsProxy <em>Voms Proxy</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getRucio <em>Rucio</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getKerberos <em>Kerberos</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getUnpackedImg <em>Unpacked Img</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getHtcondorMaxRuntime <em>Htcondor Max Runtime</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getHtcondorAccountingGroup <em>Htcondor Accounting Group</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getHtcondorRequestCpus <em>Htcondor Request Cpus</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getHtcondorRequestMemory <em>Htcondor Request Memory</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getHtcondorRequestDisk <em>Htcondor Request Disk</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getHtcondorRequirements <em>Htcondor Requirements</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getSlurmPartition <em>Slurm Partition</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getSlurmTime <em>Slurm Time</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getC4pCpuCores <em>C4p Cpu Cores</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getC4pMemoryLimit <em>C4p Memory Limit</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getC4pAdditionalRequirements <em>C4p Additional Requirements</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.vre.workflow.model.Step#getScatter <em>Scatter</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends Located {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_Name()
	 * @model annotation="http://www.vre.org/workflow/yaml key='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Environment</em>' attribute.
	 * @see #setEnvironment(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_Environment()
	 * @model annotation="http://www.vre.org/workflow/yaml key='environment'"
	 * @generated
	 */
	String getEnvironment();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getEnvironment <em>Environment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environment</em>' attribute.
	 * @see #getEnvironment()
	 * @generated
	 */
	void setEnvironment(String value);

	/**
	 * Returns the value of the '<em><b>Commands</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commands</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_Commands()
	 * @model annotation="http://www.vre.org/workflow/yaml key='commands'"
	 * @generated
	 */
	EList<String> getCommands();

	/**
	 * Returns the value of the '<em><b>Compute Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compute Backend</em>' attribute.
	 * @see #setComputeBackend(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_ComputeBackend()
	 * @model annotation="http://www.vre.org/workflow/yaml key='compute_backend'"
	 * @generated
	 */
	String getComputeBackend();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getComputeBackend <em>Compute Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compute Backend</em>' attribute.
	 * @see #getComputeBackend()
	 * @generated
	 */
	void setComputeBackend(String value);

	/**
	 * Returns the value of the '<em><b>Kubernetes Memory Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubernetes Memory Limit</em>' attribute.
	 * @see #setKubernetesMemoryLimit(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_KubernetesMemoryLimit()
	 * @model annotation="http://www.vre.org/workflow/yaml key='kubernetes_memory_limit'"
	 * @generated
	 */
	String getKubernetesMemoryLimit();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getKubernetesMemoryLimit <em>Kubernetes Memory Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubernetes Memory Limit</em>' attribute.
	 * @see #getKubernetesMemoryLimit()
	 * @generated
	 */
	void setKubernetesMemoryLimit(String value);

	/**
	 * Returns the value of the '<em><b>Kubernetes Memory Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubernetes Memory Request</em>' attribute.
	 * @see #setKubernetesMemoryRequest(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_KubernetesMemoryRequest()
	 * @model annotation="http://www.vre.org/workflow/yaml key='kubernetes_memory_request'"
	 * @generated
	 */
	String getKubernetesMemoryRequest();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getKubernetesMemoryRequest <em>Kubernetes Memory Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubernetes Memory Request</em>' attribute.
	 * @see #getKubernetesMemoryRequest()
	 * @generated
	 */
	void setKubernetesMemoryRequest(String value);

	/**
	 * Returns the value of the '<em><b>Kubernetes Cpu Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubernetes Cpu Request</em>' attribute.
	 * @see #setKubernetesCpuRequest(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_KubernetesCpuRequest()
	 * @model annotation="http://www.vre.org/workflow/yaml key='kubernetes_cpu_request'"
	 * @generated
	 */
	String getKubernetesCpuRequest();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getKubernetesCpuRequest <em>Kubernetes Cpu Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubernetes Cpu Request</em>' attribute.
	 * @see #getKubernetesCpuRequest()
	 * @generated
	 */
	void setKubernetesCpuRequest(String value);

	/**
	 * Returns the value of the '<em><b>Kubernetes Cpu Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubernetes Cpu Limit</em>' attribute.
	 * @see #setKubernetesCpuLimit(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_KubernetesCpuLimit()
	 * @model annotation="http://www.vre.org/workflow/yaml key='kubernetes_cpu_limit'"
	 * @generated
	 */
	String getKubernetesCpuLimit();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getKubernetesCpuLimit <em>Kubernetes Cpu Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubernetes Cpu Limit</em>' attribute.
	 * @see #getKubernetesCpuLimit()
	 * @generated
	 */
	void setKubernetesCpuLimit(String value);

	/**
	 * Returns the value of the '<em><b>Kubernetes Job Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubernetes Job Timeout</em>' attribute.
	 * @see #setKubernetesJobTimeout(Integer)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_KubernetesJobTimeout()
	 * @model annotation="http://www.vre.org/workflow/yaml key='kubernetes_job_timeout'"
	 * @generated
	 */
	Integer getKubernetesJobTimeout();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getKubernetesJobTimeout <em>Kubernetes Job Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubernetes Job Timeout</em>' attribute.
	 * @see #getKubernetesJobTimeout()
	 * @generated
	 */
	void setKubernetesJobTimeout(Integer value);

	/**
	 * Returns the value of the '<em><b>Kubernetes Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubernetes Uid</em>' attribute.
	 * @see #setKubernetesUid(Integer)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_KubernetesUid()
	 * @model annotation="http://www.vre.org/workflow/yaml key='kubernetes_uid'"
	 * @generated
	 */
	Integer getKubernetesUid();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getKubernetesUid <em>Kubernetes Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubernetes Uid</em>' attribute.
	 * @see #getKubernetesUid()
	 * @generated
	 */
	void setKubernetesUid(Integer value);

	/**
	 * Returns the value of the '<em><b>Voms Proxy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Voms Proxy</em>' attribute.
	 * @see #setVomsProxy(Boolean)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_VomsProxy()
	 * @model annotation="http://www.vre.org/workflow/yaml key='voms_proxy'"
	 * @generated
	 */
	Boolean getVomsProxy();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getVomsProxy <em>Voms Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voms Proxy</em>' attribute.
	 * @see #getVomsProxy()
	 * @generated
	 */
	void setVomsProxy(Boolean value);

	/**
	 * Returns the value of the '<em><b>Rucio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rucio</em>' attribute.
	 * @see #setRucio(Boolean)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_Rucio()
	 * @model annotation="http://www.vre.org/workflow/yaml key='rucio'"
	 * @generated
	 */
	Boolean getRucio();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getRucio <em>Rucio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rucio</em>' attribute.
	 * @see #getRucio()
	 * @generated
	 */
	void setRucio(Boolean value);

	/**
	 * Returns the value of the '<em><b>Kerberos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kerberos</em>' attribute.
	 * @see #setKerberos(Boolean)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_Kerberos()
	 * @model annotation="http://www.vre.org/workflow/yaml key='kerberos'"
	 * @generated
	 */
	Boolean getKerberos();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getKerberos <em>Kerberos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kerberos</em>' attribute.
	 * @see #getKerberos()
	 * @generated
	 */
	void setKerberos(Boolean value);

	/**
	 * Returns the value of the '<em><b>Unpacked Img</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unpacked Img</em>' attribute.
	 * @see #setUnpackedImg(Boolean)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_UnpackedImg()
	 * @model annotation="http://www.vre.org/workflow/yaml key='unpacked_img'"
	 * @generated
	 */
	Boolean getUnpackedImg();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getUnpackedImg <em>Unpacked Img</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unpacked Img</em>' attribute.
	 * @see #getUnpackedImg()
	 * @generated
	 */
	void setUnpackedImg(Boolean value);

	/**
	 * Returns the value of the '<em><b>Htcondor Max Runtime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Htcondor Max Runtime</em>' attribute.
	 * @see #setHtcondorMaxRuntime(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_HtcondorMaxRuntime()
	 * @model annotation="http://www.vre.org/workflow/yaml key='htcondor_max_runtime'"
	 * @generated
	 */
	String getHtcondorMaxRuntime();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getHtcondorMaxRuntime <em>Htcondor Max Runtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Htcondor Max Runtime</em>' attribute.
	 * @see #getHtcondorMaxRuntime()
	 * @generated
	 */
	void setHtcondorMaxRuntime(String value);

	/**
	 * Returns the value of the '<em><b>Htcondor Accounting Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Htcondor Accounting Group</em>' attribute.
	 * @see #setHtcondorAccountingGroup(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_HtcondorAccountingGroup()
	 * @model annotation="http://www.vre.org/workflow/yaml key='htcondor_accounting_group'"
	 * @generated
	 */
	String getHtcondorAccountingGroup();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getHtcondorAccountingGroup <em>Htcondor Accounting Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Htcondor Accounting Group</em>' attribute.
	 * @see #getHtcondorAccountingGroup()
	 * @generated
	 */
	void setHtcondorAccountingGroup(String value);

	/**
	 * Returns the value of the '<em><b>Htcondor Request Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Htcondor Request Cpus</em>' attribute.
	 * @see #setHtcondorRequestCpus(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_HtcondorRequestCpus()
	 * @model annotation="http://www.vre.org/workflow/yaml key='htcondor_request_cpus'"
	 * @generated
	 */
	String getHtcondorRequestCpus();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getHtcondorRequestCpus <em>Htcondor Request Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Htcondor Request Cpus</em>' attribute.
	 * @see #getHtcondorRequestCpus()
	 * @generated
	 */
	void setHtcondorRequestCpus(String value);

	/**
	 * Returns the value of the '<em><b>Htcondor Request Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Htcondor Request Memory</em>' attribute.
	 * @see #setHtcondorRequestMemory(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_HtcondorRequestMemory()
	 * @model annotation="http://www.vre.org/workflow/yaml key='htcondor_request_memory'"
	 * @generated
	 */
	String getHtcondorRequestMemory();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getHtcondorRequestMemory <em>Htcondor Request Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Htcondor Request Memory</em>' attribute.
	 * @see #getHtcondorRequestMemory()
	 * @generated
	 */
	void setHtcondorRequestMemory(String value);

	/**
	 * Returns the value of the '<em><b>Htcondor Request Disk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Htcondor Request Disk</em>' attribute.
	 * @see #setHtcondorRequestDisk(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_HtcondorRequestDisk()
	 * @model annotation="http://www.vre.org/workflow/yaml key='htcondor_request_disk'"
	 * @generated
	 */
	String getHtcondorRequestDisk();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getHtcondorRequestDisk <em>Htcondor Request Disk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Htcondor Request Disk</em>' attribute.
	 * @see #getHtcondorRequestDisk()
	 * @generated
	 */
	void setHtcondorRequestDisk(String value);

	/**
	 * Returns the value of the '<em><b>Htcondor Requirements</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Htcondor Requirements</em>' attribute.
	 * @see #setHtcondorRequirements(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_HtcondorRequirements()
	 * @model annotation="http://www.vre.org/workflow/yaml key='htcondor_requirements'"
	 * @generated
	 */
	String getHtcondorRequirements();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getHtcondorRequirements <em>Htcondor Requirements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Htcondor Requirements</em>' attribute.
	 * @see #getHtcondorRequirements()
	 * @generated
	 */
	void setHtcondorRequirements(String value);

	/**
	 * Returns the value of the '<em><b>Slurm Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slurm Partition</em>' attribute.
	 * @see #setSlurmPartition(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_SlurmPartition()
	 * @model annotation="http://www.vre.org/workflow/yaml key='slurm_partition'"
	 * @generated
	 */
	String getSlurmPartition();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getSlurmPartition <em>Slurm Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slurm Partition</em>' attribute.
	 * @see #getSlurmPartition()
	 * @generated
	 */
	void setSlurmPartition(String value);

	/**
	 * Returns the value of the '<em><b>Slurm Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slurm Time</em>' attribute.
	 * @see #setSlurmTime(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_SlurmTime()
	 * @model annotation="http://www.vre.org/workflow/yaml key='slurm_time'"
	 * @generated
	 */
	String getSlurmTime();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getSlurmTime <em>Slurm Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slurm Time</em>' attribute.
	 * @see #getSlurmTime()
	 * @generated
	 */
	void setSlurmTime(String value);

	/**
	 * Returns the value of the '<em><b>C4p Cpu Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>C4p Cpu Cores</em>' attribute.
	 * @see #setC4pCpuCores(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_C4pCpuCores()
	 * @model annotation="http://www.vre.org/workflow/yaml key='c4p_cpu_cores'"
	 * @generated
	 */
	String getC4pCpuCores();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getC4pCpuCores <em>C4p Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>C4p Cpu Cores</em>' attribute.
	 * @see #getC4pCpuCores()
	 * @generated
	 */
	void setC4pCpuCores(String value);

	/**
	 * Returns the value of the '<em><b>C4p Memory Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>C4p Memory Limit</em>' attribute.
	 * @see #setC4pMemoryLimit(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_C4pMemoryLimit()
	 * @model annotation="http://www.vre.org/workflow/yaml key='c4p_memory_limit'"
	 * @generated
	 */
	String getC4pMemoryLimit();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getC4pMemoryLimit <em>C4p Memory Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>C4p Memory Limit</em>' attribute.
	 * @see #getC4pMemoryLimit()
	 * @generated
	 */
	void setC4pMemoryLimit(String value);

	/**
	 * Returns the value of the '<em><b>C4p Additional Requirements</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>C4p Additional Requirements</em>' attribute.
	 * @see #setC4pAdditionalRequirements(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_C4pAdditionalRequirements()
	 * @model annotation="http://www.vre.org/workflow/yaml key='c4p_additional_requirements'"
	 * @generated
	 */
	String getC4pAdditionalRequirements();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Step#getC4pAdditionalRequirements <em>C4p Additional Requirements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>C4p Additional Requirements</em>' attribute.
	 * @see #getC4pAdditionalRequirements()
	 * @generated
	 */
	void setC4pAdditionalRequirements(String value);

	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depends On</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_DependsOn()
	 * @model annotation="http://www.vre.org/workflow/yaml key='depends_on'"
	 * @generated
	 */
	EList<String> getDependsOn();

	/**
	 * Returns the value of the '<em><b>Scatter</b></em>' containment reference list.
	 * The list contents are of type {@link org.vre.workflow.model.ScatterParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scatter</em>' containment reference list.
	 * @see org.vre.workflow.model.WorkflowPackage#getStep_Scatter()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='scatter' map='true'"
	 * @generated
	 */
	EList<ScatterParameter> getScatter();

} // Step

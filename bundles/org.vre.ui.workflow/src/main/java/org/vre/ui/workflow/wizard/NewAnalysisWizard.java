package org.vre.ui.workflow.wizard;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.vre.ui.ErrorDialogs;

/** File > New > Analysis: a project with a starter reana.yaml and the script it runs, opened in the editor. */
public final class NewAnalysisWizard extends Wizard implements INewWizard {

    public static final String ID = "org.vre.ui.workflow.newAnalysis";

    private IWorkbench workbench;
    private WizardNewProjectCreationPage page;
    private IFile created;

    public NewAnalysisWizard() {
        setWindowTitle("New Analysis");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("analysis");
        page.setTitle("Analysis");
        page.setDescription("A project holding a reana.yaml: the steps of the analysis, its inputs and outputs.");
        page.setInitialProjectName("my-analysis");
        addPage(page);
    }

    /** The reana.yaml the wizard made (after finish). */
    public IFile created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
        if (!page.useDefaults()) {
            description.setLocationURI(page.getLocationURI());
        }
        WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
                project.create(description, progress.split(1));
                project.open(progress.split(1));
                IFolder code = project.getFolder("code");
                code.create(IResource.FORCE, true, progress.split(1));
                write(code.getFile("analyse.py"), StarterAnalysis.ANALYSE_PY);
                created = project.getFile("reana.yaml");
                write(created, StarterAnalysis.REANA_YAML);
                progress.worked(1);
            }
        };
        try {
            getContainer().run(true, false, create);
        } catch (InvocationTargetException e) {
            ErrorDialogs.show("Cannot create the analysis " + project.getName(), e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
            }
        } catch (PartInitException e) {
            ErrorDialogs.show("The analysis was created but its reana.yaml does not open", e);
        }
        return true;
    }

    private static void write(IFile file, String text) throws CoreException {
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
    }
}

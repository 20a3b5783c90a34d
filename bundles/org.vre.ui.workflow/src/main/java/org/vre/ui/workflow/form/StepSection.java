package org.vre.ui.workflow.form;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vre.ui.workflow.diagram.DiagramEdits;
import org.vre.ui.workflow.editor.WorkflowSession;
import org.vre.workflow.edit.command.RenameStepCommand;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.WorkflowPackage.Literals;
import org.vre.workflow.validation.ValidationOptions;

/**
 * The fields of the chosen step, each with an editor that fits: the image as text, the compute backend from the
 * backends REANA and our executors know, memory as a number and a unit, the job timeout in seconds, the Slurm time
 * limit, the credential flags, the commands one per line.
 */
public final class StepSection {

    /** Compute backends offered: REANA's, which our executors map to local, Slurm and HTCondor. */
    static final List<String> BACKENDS = List.copyOf(new TreeSet<>(ValidationOptions.REANA_BACKENDS));

    private final WorkflowSession session;
    private final Combo chooser;
    private final Text name;
    private final Text environment;
    private final Combo backend;
    private final Spinner memory;
    private final Combo memoryUnit;
    private final Spinner timeout;
    private final Text slurmTime;
    private final Button vomsProxy;
    private final Button rucio;
    private final Button kerberos;
    private final Text commands;
    private final List<Runnable> fillers = new ArrayList<>();
    private boolean filling;

    StepSection(Composite parent, FormToolkit toolkit, WorkflowSession session) {
        this.session = session;
        ((GridLayout) parent.getLayout()).numColumns = 4;
        label(toolkit, parent, "Step:");
        chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        chooser.addListener(SWT.Selection, e -> fill());

        label(toolkit, parent, "Name:");
        name = toolkit.createText(parent, "", SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        onCommit(name, () -> step() == null ? null : RenameStepCommand.create(session.domain(), step(), name.getText().strip()));
        label(toolkit, parent, "Image:");
        environment = toolkit.createText(parent, "", SWT.BORDER);
        environment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        onCommit(environment, () -> set(Literals.STEP__ENVIRONMENT, blankToNull(environment.getText())));

        label(toolkit, parent, "Compute backend:");
        backend = new Combo(parent, SWT.DROP_DOWN);
        backend.add("");
        BACKENDS.forEach(backend::add);
        backend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        backend.addListener(SWT.Selection, e -> commit(() -> set(Literals.STEP__COMPUTE_BACKEND,
                blankToNull(backend.getText()))));
        backend.addListener(SWT.FocusOut, e -> commit(() -> set(Literals.STEP__COMPUTE_BACKEND,
                blankToNull(backend.getText()))));
        label(toolkit, parent, "Memory limit:");
        Composite memoryBox = toolkit.createComposite(parent);
        GridLayout memoryLayout = new GridLayout(2, false);
        memoryLayout.marginWidth = 0;
        memoryLayout.marginHeight = 0;
        memoryBox.setLayout(memoryLayout);
        memory = new Spinner(memoryBox, SWT.BORDER);
        memory.setValues(0, 0, 1_000_000, 0, 64, 512);
        memoryUnit = new Combo(memoryBox, SWT.READ_ONLY);
        memoryUnit.setItems(MemoryValue.UNITS);
        memoryUnit.select(0);
        Runnable writeMemory = () -> commit(() -> set(Literals.STEP__KUBERNETES_MEMORY_LIMIT,
                memory.getSelection() == 0 ? null : new MemoryValue(memory.getSelection(), memoryUnit.getText()).toString()));
        memory.addListener(SWT.FocusOut, e -> writeMemory.run());
        memory.addListener(SWT.DefaultSelection, e -> writeMemory.run());
        memoryUnit.addListener(SWT.Selection, e -> writeMemory.run());

        label(toolkit, parent, "Job timeout (s):");
        timeout = new Spinner(parent, SWT.BORDER);
        timeout.setValues(0, 0, 30 * 24 * 3600, 0, 60, 3600);
        Runnable writeTimeout = () -> commit(() -> set(Literals.STEP__KUBERNETES_JOB_TIMEOUT,
                timeout.getSelection() == 0 ? null : Integer.valueOf(timeout.getSelection())));
        timeout.addListener(SWT.FocusOut, e -> writeTimeout.run());
        timeout.addListener(SWT.DefaultSelection, e -> writeTimeout.run());
        label(toolkit, parent, "Slurm time limit:");
        slurmTime = toolkit.createText(parent, "", SWT.BORDER);
        slurmTime.setMessage("e.g. 01:30:00");
        slurmTime.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        onCommit(slurmTime, () -> set(Literals.STEP__SLURM_TIME, blankToNull(slurmTime.getText())));

        label(toolkit, parent, "Credentials:");
        Composite flags = toolkit.createComposite(parent);
        flags.setLayout(new GridLayout(3, false));
        flags.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        vomsProxy = flag(toolkit, flags, "VOMS proxy", Literals.STEP__VOMS_PROXY);
        rucio = flag(toolkit, flags, "Rucio", Literals.STEP__RUCIO);
        kerberos = flag(toolkit, flags, "Kerberos", Literals.STEP__KERBEROS);

        label(toolkit, parent, "Commands:");
        commands = toolkit.createText(parent, "", SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData commandsData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        commandsData.heightHint = 64;
        commands.setLayoutData(commandsData);
        commands.addListener(SWT.FocusOut, e -> commit(() -> set(Literals.STEP__COMMANDS,
                FormEdits.lines(commands.getText()))));
    }

    private static void label(FormToolkit toolkit, Composite parent, String text) {
        toolkit.createLabel(parent, text).setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
    }

    private Button flag(FormToolkit toolkit, Composite parent, String text, EStructuralFeature feature) {
        Button button = toolkit.createButton(parent, text, SWT.CHECK);
        button.addListener(SWT.Selection, e -> commit(() -> set(feature, button.getSelection() ? Boolean.TRUE : null)));
        return button;
    }

    private void onCommit(Text text, java.util.function.Supplier<Command> command) {
        text.addListener(SWT.DefaultSelection, e -> commit(command));
        text.addListener(SWT.FocusOut, e -> commit(command));
    }

    private void commit(java.util.function.Supplier<Command> command) {
        if (!filling && step() != null) {
            session.execute(command.get());
        }
    }

    private Command set(EStructuralFeature feature, Object value) {
        return FormEdits.set(session.domain(), step(), feature, value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The step being shown, or null when the workflow has none. */
    public Step step() {
        List<Step> steps = DiagramEdits.steps(session.specification());
        int index = chooser.getSelectionIndex();
        return index >= 0 && index < steps.size() ? steps.get(index) : null;
    }

    public Combo chooser() {
        return chooser;
    }

    public Text environmentField() {
        return environment;
    }

    public Combo backendField() {
        return backend;
    }

    public Spinner memoryField() {
        return memory;
    }

    public Combo memoryUnitField() {
        return memoryUnit;
    }

    public Button rucioField() {
        return rucio;
    }

    /** Shows the steps of the model; keeps the chosen step by position. */
    void refresh() {
        List<Step> steps = DiagramEdits.steps(session.specification());
        int index = Math.max(0, chooser.getSelectionIndex());
        String[] items = new String[steps.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = steps.get(i).getName() == null ? "step " + (i + 1) : steps.get(i).getName();
        }
        chooser.setItems(items);
        if (items.length > 0) {
            chooser.select(Math.min(index, items.length - 1));
        }
        fill();
    }

    private void fill() {
        filling = true;
        try {
            Step step = step();
            boolean enabled = step != null;
            for (var control : new org.eclipse.swt.widgets.Control[] {name, environment, backend, memory, memoryUnit,
                timeout, slurmTime, vomsProxy, rucio, kerberos, commands}) {
                control.setEnabled(enabled);
            }
            setText(name, step == null ? "" : step.getName());
            setText(environment, step == null ? "" : step.getEnvironment());
            backend.setText(step == null || step.getComputeBackend() == null ? "" : step.getComputeBackend());
            MemoryValue value = step == null ? null : MemoryValue.parse(step.getKubernetesMemoryLimit());
            memory.setSelection(value == null ? 0 : (int) Math.min(Integer.MAX_VALUE, value.amount()));
            int unit = value == null ? 0 : List.of(MemoryValue.UNITS).indexOf(value.unit());
            memoryUnit.select(Math.max(0, unit));
            timeout.setSelection(step == null || step.getKubernetesJobTimeout() == null ? 0 : step.getKubernetesJobTimeout());
            setText(slurmTime, step == null ? "" : step.getSlurmTime());
            vomsProxy.setSelection(step != null && Boolean.TRUE.equals(step.getVomsProxy()));
            rucio.setSelection(step != null && Boolean.TRUE.equals(step.getRucio()));
            kerberos.setSelection(step != null && Boolean.TRUE.equals(step.getKerberos()));
            setText(commands, step == null ? "" : String.join("\n", step.getCommands()));
        } finally {
            filling = false;
        }
    }

    private static void setText(Text text, String value) {
        String v = value == null ? "" : value;
        if (!text.getText().equals(v)) {
            text.setText(v);
        }
    }

}

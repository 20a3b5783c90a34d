package org.vre.ui.workflow.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vre.ui.workflow.editor.WorkflowSession;
import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Option;
import org.vre.workflow.model.Outputs;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.ValueType;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowPackage.Literals;

/** The Form page (Eclipse Forms): inputs, parameters, options, outputs, and the fields of one step at a time. */
public final class WorkflowFormPage extends FormPage {

    public static final String ID = "org.vre.ui.workflow.form";

    private final WorkflowSession session;
    private final List<Runnable> refreshers = new ArrayList<>();
    private StepSection steps;
    private NamedValuesTable<Parameter> parameters;
    private boolean refreshing;

    public WorkflowFormPage(FormEditor editor, WorkflowSession session) {
        super(editor, ID, "Form");
        this.session = session;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("Analysis " + (session.path() == null || session.path().getParent() == null ? session.source()
                : session.path().getParent().getFileName()));
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        Composite inputs = section(toolkit, body, "Inputs", "Files and directories uploaded with the analysis, "
                + "parameters substituted into commands as ${name}, options of the workflow engine.");
        listField(toolkit, inputs, "Files:", () -> spec().getInputs() == null ? List.of() : spec().getInputs().getFiles(),
                lines -> FormEdits.setInSection(session.domain(), spec(), Literals.SPECIFICATION__INPUTS,
                        Literals.INPUTS__FILES, lines));
        listField(toolkit, inputs, "Directories:",
                () -> spec().getInputs() == null ? List.of() : spec().getInputs().getDirectories(),
                lines -> FormEdits.setInSection(session.domain(), spec(), Literals.SPECIFICATION__INPUTS,
                        Literals.INPUTS__DIRECTORIES, lines));
        toolkit.createLabel(inputs, "Parameters:").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        parameters = new NamedValuesTable<>(inputs, toolkit, session,
                () -> spec().getInputs() == null ? List.of() : spec().getInputs().getParameters(),
                p -> new String[] {p.getName(), p.getValue()},
                (p, value) -> FormEdits.set(session.domain(), p, Literals.PARAMETER__VALUE, value),
                () -> addParameter(), p -> RemoveCommand.create(session.domain(), p));
        refreshers.add(parameters::refresh);
        toolkit.createLabel(inputs, "Options:").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        NamedValuesTable<Option> options = new NamedValuesTable<>(inputs, toolkit, session,
                () -> spec().getInputs() == null ? List.of() : spec().getInputs().getOptions(),
                o -> new String[] {o.getName(), o.getValue()},
                (o, value) -> FormEdits.set(session.domain(), o, Literals.OPTION__VALUE, value),
                () -> addOption(), o -> RemoveCommand.create(session.domain(), o));
        refreshers.add(options::refresh);

        org.vre.ui.workflow.editor.InputDrops.attach(inputs.getParent(), session);

        Composite outputs = section(toolkit, body, "Outputs", "What the run keeps and shows when it ends.");
        listField(toolkit, outputs, "Files:", () -> spec().getOutputs() == null ? List.of() : spec().getOutputs().getFiles(),
                lines -> FormEdits.setInSection(session.domain(), spec(), Literals.SPECIFICATION__OUTPUTS,
                        Literals.OUTPUTS__FILES, lines));
        listField(toolkit, outputs, "Directories:",
                () -> spec().getOutputs() == null ? List.of() : spec().getOutputs().getDirectories(),
                lines -> FormEdits.setInSection(session.domain(), spec(), Literals.SPECIFICATION__OUTPUTS,
                        Literals.OUTPUTS__DIRECTORIES, lines));

        Composite stepBox = section(toolkit, body, "Steps", "One step at a time: its image, where and with what it "
                + "runs, and the credentials it needs.");
        ((GridData) stepBox.getParent().getLayoutData()).horizontalSpan = 2;
        steps = new StepSection(stepBox, toolkit, session);
        refreshers.add(steps::refresh);
        session.addListener(this::refresh);
        refresh();
    }

    private Specification spec() {
        return session.specification();
    }

    private Command addParameter() {
        Parameter parameter = WorkflowFactory.eINSTANCE.createParameter();
        parameter.setName(freeName(spec().getInputs() == null ? List.of()
                : spec().getInputs().getParameters().stream().map(Parameter::getName).toList(), "parameter"));
        parameter.setValue("");
        parameter.setType(ValueType.STRING);
        Inputs inputs = spec().getInputs();
        if (inputs == null) {
            Inputs created = WorkflowFactory.eINSTANCE.createInputs();
            created.getParameters().add(parameter);
            return SetCommand.create(session.domain(), spec(), Literals.SPECIFICATION__INPUTS, created);
        }
        return AddCommand.create(session.domain(), inputs, Literals.INPUTS__PARAMETERS, parameter);
    }

    private Command addOption() {
        Inputs inputs = spec().getInputs();
        if (inputs == null) {
            return UnexecutableCommand.INSTANCE;
        }
        Option option = WorkflowFactory.eINSTANCE.createOption();
        option.setName(freeName(inputs.getOptions().stream().map(Option::getName).toList(), "option"));
        option.setValue("");
        option.setType(ValueType.STRING);
        return AddCommand.create(session.domain(), inputs, Literals.INPUTS__OPTIONS, option);
    }

    private static String freeName(List<String> used, String base) {
        for (int i = 1;; i++) {
            if (!used.contains(base + i)) {
                return base + i;
            }
        }
    }

    private static Composite section(FormToolkit toolkit, Composite body, String title, String description) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.widthHint = 300; // the two columns share the width instead of growing with their tables
        section.setLayoutData(data);
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        return client;
    }

    /** A text with one entry per line, written to the model when it loses focus. */
    private void listField(FormToolkit toolkit, Composite parent, String label, Supplier<List<String>> value,
            java.util.function.Function<List<String>, Command> write) {
        toolkit.createLabel(parent, label).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 48;
        data.widthHint = 150;
        text.setLayoutData(data);
        text.addListener(SWT.FocusOut, e -> {
            if (!refreshing) {
                session.execute(write.apply(FormEdits.lines(text.getText())));
            }
        });
        Consumer<List<String>> show = lines -> {
            String joined = String.join("\n", lines);
            if (!text.getText().equals(joined)) {
                text.setText(joined);
            }
        };
        refreshers.add(() -> show.accept(value.get()));
    }

    public StepSection steps() {
        return steps;
    }

    public NamedValuesTable<Parameter> parameters() {
        return parameters;
    }

    private void refresh() {
        if (getManagedForm() == null || getManagedForm().getForm().isDisposed()) {
            return;
        }
        refreshing = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            refreshing = false;
        }
        getManagedForm().getForm().reflow(true);
    }
}

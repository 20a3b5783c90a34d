package org.vre.ui.workflow.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vre.engine.RunOptions;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.Specification;

/**
 * Run: the executor (from the engine's registry; "per step" keeps each step's compute backend) and parameter
 * overrides (double-click a value). Only values that differ from the specification's become overrides.
 */
public final class RunDialog extends TitleAreaDialog {

    /** The executor choice meaning "each step's compute_backend decides". */
    public static final String PER_STEP = "as each step's compute backend says";

    private final List<String> executors;
    private final Map<String, String> declared = new LinkedHashMap<>();
    private Combo executor;
    private Table parameters;
    private RunOptions options;

    public RunDialog(Shell shell, Specification spec, List<String> executors) {
        super(shell);
        this.executors = executors;
        if (spec.getInputs() != null) {
            for (Parameter p : spec.getInputs().getParameters()) {
                declared.put(p.getName(), p.getValue() == null ? "" : p.getValue());
            }
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Run Analysis");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Run the analysis");
        setMessage("Choose where the steps run and change parameters for this run only; the file is not changed.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText("Executor:");
        executor = new Combo(body, SWT.READ_ONLY);
        executor.add(PER_STEP);
        executors.forEach(executor::add);
        executor.select(0);
        executor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label label = new Label(body, SWT.NONE);
        label.setText("Parameters:");
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        parameters = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        parameters.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 140;
        parameters.setLayoutData(data);
        for (String title : new String[] {"Name", "Value"}) {
            TableColumn column = new TableColumn(parameters, SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals("Name") ? 150 : 280);
        }
        declared.forEach((name, value) -> new TableItem(parameters, SWT.NONE).setText(new String[] {name, value}));
        TableEditor editor = new TableEditor(parameters);
        editor.grabHorizontal = true;
        parameters.addListener(SWT.MouseDoubleClick, e -> {
            int index = parameters.getSelectionIndex();
            if (index < 0) {
                return;
            }
            TableItem item = parameters.getItem(index);
            Text text = new Text(parameters, SWT.NONE);
            text.setText(item.getText(1));
            text.selectAll();
            Runnable commit = () -> {
                if (!text.isDisposed()) {
                    item.setText(1, text.getText());
                    text.dispose();
                }
            };
            text.addListener(SWT.DefaultSelection, ev -> commit.run());
            text.addListener(SWT.FocusOut, ev -> commit.run());
            editor.setEditor(text, item, 1);
            text.setFocus();
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    public Combo executorField() {
        return executor;
    }

    public Table parametersTable() {
        return parameters;
    }

    @Override
    protected void okPressed() {
        options = optionsFrom(executor.getText(), values());
        super.okPressed();
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (TableItem item : parameters.getItems()) {
            values.put(item.getText(0), item.getText(1));
        }
        return values;
    }

    /** The run options for a choice: overrides are the values that differ from the declared ones. */
    RunOptions optionsFrom(String chosenExecutor, Map<String, String> values) {
        Map<String, String> overrides = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!value.equals(declared.get(name))) {
                overrides.put(name, value);
            }
        });
        RunOptions chosen = RunOptions.defaults().withParameters(overrides);
        return PER_STEP.equals(chosenExecutor) ? chosen : chosen.withBackend(chosenExecutor);
    }

    /** What the user chose (after Run), or null. */
    public RunOptions options() {
        return options;
    }
}

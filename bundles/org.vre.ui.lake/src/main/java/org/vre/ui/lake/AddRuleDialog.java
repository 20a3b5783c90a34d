package org.vre.ui.lake;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.vre.core.VreException;
import org.vre.lake.Did;
import org.vre.lake.Rse;
import org.vre.lake.RseExpression;
import org.vre.lake.RuleSpec;
import org.vre.ui.UiThread;

/**
 * Add a replication rule: copies of a DID on the RSEs an expression selects. The RSEs are read once in a job;
 * the expression is then checked as it is typed (locally, no I/O) and the dialog lists the RSEs it selects.
 */
public final class AddRuleDialog extends TitleAreaDialog {

    private final Did did;
    private volatile List<Rse> rses;
    private Text expression;
    private Spinner copies;
    private Text comment;
    private Label selected;
    private RuleSpec result;

    public AddRuleDialog(Shell shell, Did did) {
        super(shell);
        this.did = did;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("Add Replication Rule");
        setTitle("Replicate " + did);
        setMessage("Copies of every file of the DID on the RSEs the expression selects, e.g. LOCAL, type=DISK,"
                + " tier=1&country=FR, *\\BACKUP");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText("RSE expression:");
        expression = new Text(form, SWT.BORDER);
        expression.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(form, SWT.NONE).setText("Copies:");
        copies = new Spinner(form, SWT.BORDER);
        copies.setValues(1, 1, 99, 0, 1, 5);
        new Label(form, SWT.NONE).setText("Comment:");
        comment = new Text(form, SWT.BORDER);
        comment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(form, SWT.NONE).setText("Selects:");
        selected = new Label(form, SWT.WRAP);
        GridData selectedData = new GridData(SWT.FILL, SWT.TOP, true, true);
        selectedData.widthHint = 420;
        selected.setLayoutData(selectedData);
        selected.setText("reading the RSEs…");
        expression.addModifyListener(e -> check());
        copies.addModifyListener(e -> check());
        readRses();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Add Rule");
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void readRses() {
        Display display = getShell().getDisplay();
        Job job = new Job("Reading the RSEs") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<Rse> all;
                String problem = null;
                try {
                    all = LakeSession.current().catalog().listRses();
                } catch (RuntimeException e) {
                    all = List.of();
                    problem = "cannot read the RSEs: " + e.getMessage();
                }
                List<Rse> read = all;
                String failure = problem;
                UiThread.later(display, () -> {
                    if (expression == null || expression.isDisposed()) {
                        return;
                    }
                    rses = read;
                    if (failure != null) {
                        setErrorMessage(failure);
                    }
                    check();
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LakeJobs.FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /** Checks the expression against the RSEs read: says what is wrong or lists the selection. */
    private void check() {
        if (expression == null || expression.isDisposed()) {
            return;
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        List<Rse> known = rses;
        String problem = null;
        String text = expression.getText();
        if (known == null) {
            problem = "reading the RSEs…";
        } else if (text.isBlank()) {
            problem = "Type an RSE expression";
            selected.setText("");
        } else {
            try {
                Set<String> names = RseExpression.parse(text).matching(known);
                if (names.isEmpty()) {
                    problem = "'" + text + "' selects no RSE (known: " + known.stream().map(Rse::name).sorted().toList()
                            + ")";
                } else if (names.size() < copies.getSelection()) {
                    problem = copies.getSelection() + " copies need as many RSEs; '" + text + "' selects "
                            + names.size();
                }
                selected.setText(names.isEmpty() ? "(none)" : String.join(", ", names));
            } catch (VreException e) {
                problem = e.getMessage();
                selected.setText("");
            }
        }
        setErrorMessage(problem == null || known == null ? null : problem);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
        selected.getParent().layout(true);
    }

    @Override
    protected void okPressed() {
        try {
            result = new RuleSpec(did, copies.getSelection(), expression.getText().trim(), null, null, null, null,
                    false, comment.getText().isBlank() ? null : comment.getText().trim());
        } catch (VreException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** The rule asked for, after OK. */
    public RuleSpec result() {
        return result;
    }

    // for the UI tests, which drive the real widgets

    public Text expressionField() {
        return expression;
    }

    public Label selectionLabel() {
        return selected;
    }

    public Button addButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    public boolean rsesRead() {
        return rses != null;
    }
}

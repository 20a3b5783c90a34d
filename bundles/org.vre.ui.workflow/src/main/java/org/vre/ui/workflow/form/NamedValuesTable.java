package org.vre.ui.workflow.form;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vre.ui.workflow.editor.WorkflowSession;

/**
 * Name/value rows (parameters, options): double-click a value to edit it in place; Add and Remove buttons. Every
 * change is a command.
 */
public final class NamedValuesTable<T extends EObject> {

    private final Table table;
    private final WorkflowSession session;
    private final Supplier<List<T>> rows;
    private final Function<T, String[]> columns;

    NamedValuesTable(Composite parent, FormToolkit toolkit, WorkflowSession session, Supplier<List<T>> rows,
            Function<T, String[]> columns, BiFunction<T, String, Command> setValue, Supplier<Command> add,
            Function<T, Command> remove) {
        this.session = session;
        this.rows = rows;
        this.columns = columns;
        Composite box = toolkit.createComposite(parent);
        box.setLayout(new GridLayout(2, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        table = toolkit.createTable(box, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
        data.heightHint = 90;
        data.widthHint = 200;
        table.setLayoutData(data);
        for (String title : new String[] {"Name", "Value"}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals("Name") ? 120 : 200);
        }
        Button addButton = toolkit.createButton(box, "Add", SWT.PUSH);
        addButton.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        addButton.addListener(SWT.Selection, e -> session.execute(add.get()));
        Button removeButton = toolkit.createButton(box, "Remove", SWT.PUSH);
        removeButton.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        removeButton.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0 && index < rows.get().size()) {
                session.execute(remove.apply(rows.get().get(index)));
            }
        });
        TableEditor editor = new TableEditor(table);
        editor.grabHorizontal = true;
        table.addListener(SWT.MouseDoubleClick, e -> {
            int index = table.getSelectionIndex();
            if (index < 0 || index >= rows.get().size()) {
                return;
            }
            T row = rows.get().get(index);
            Text text = new Text(table, SWT.NONE);
            text.setText(table.getItem(index).getText(1));
            text.selectAll();
            Runnable commit = () -> {
                if (!text.isDisposed()) {
                    String value = text.getText();
                    text.dispose();
                    session.execute(setValue.apply(row, value));
                }
            };
            text.addListener(SWT.DefaultSelection, ev -> commit.run());
            text.addListener(SWT.FocusOut, ev -> commit.run());
            text.addListener(SWT.Traverse, ev -> {
                if (ev.detail == SWT.TRAVERSE_ESCAPE) {
                    text.dispose();
                }
            });
            editor.setEditor(text, table.getItem(index), 1);
            text.setFocus();
        });
    }

    public Table table() {
        return table;
    }

    void refresh() {
        List<T> list = rows.get();
        table.setItemCount(list.size());
        for (int i = 0; i < list.size(); i++) {
            TableItem item = table.getItem(i);
            String[] texts = columns.apply(list.get(i));
            item.setText(0, texts[0] == null ? "" : texts[0]);
            item.setText(1, texts[1] == null ? "" : texts[1]);
        }
    }
}

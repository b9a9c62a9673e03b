// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "correctionpanel.h"

#include "ui_correctionpanel.h"

#include "attributefile.h"
#include "calldatamodel.h"
#include "comboitems.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>

namespace CallData {

CorrectionPanel::CorrectionPanel(CallDataModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CorrectionPanel>()), m_model(model)
{
    m_ui->setupUi(this);
    m_ui->call_data_view->setModel(m_model);
    m_ui->busy_indicator->setVisible(false);
    m_ui->send_button->setDefault(true);
    m_ui->send_button->setMinimumWidth(120);
    m_ui->cancel_button->setMinimumWidth(90);
    m_ui->campaign_combo->lineEdit()->setObjectName(QStringLiteral("campaign_edit"));
    m_ui->campaign_combo->lineEdit()->setAccessibleName(tr("Campaign ID"));
    m_ui->campaign_combo->lineEdit()->setPlaceholderText(tr("Campaign of the active call"));
    m_ui->call_edit->setPlaceholderText(tr("Call ID of the active call"));
    QFont hintFont = m_ui->active_call_hint_label->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.92);
    m_ui->active_call_hint_label->setFont(hintFont);
    m_ui->active_call_hint_label->setForegroundRole(QPalette::PlaceholderText);
    m_ui->send_hint_label->setForegroundRole(QPalette::PlaceholderText);
    m_ui->send_button->setToolTip(tr("Send the call data to the server (Ctrl+Enter)"));
    m_ui->cancel_button->setToolTip(tr("Abort the running request (Esc)"));
    createTableActions();

    connect(m_ui->send_button, &QPushButton::clicked, this, &CorrectionPanel::sendRequested);
    connect(m_ui->cancel_button, &QPushButton::clicked, this, &CorrectionPanel::cancelRequested);
    connect(m_ui->campaign_combo, &QComboBox::editTextChanged, this, &CorrectionPanel::inputChanged);
    connect(m_ui->call_edit, &QLineEdit::textChanged, this, &CorrectionPanel::inputChanged);
    connect(m_ui->call_data_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CorrectionPanel::inputChanged);
    connect(m_model, &CallDataModel::validationChanged, this, &CorrectionPanel::updateRowActions);
    connect(m_model, &CallDataModel::modelReset, this, &CorrectionPanel::updateRowActions);
    connect(m_model, &CallDataModel::rowsInserted, this, &CorrectionPanel::updateRowActions);
    connect(m_model, &CallDataModel::rowsRemoved, this, &CorrectionPanel::updateRowActions);
    updateRowActions();
}

CorrectionPanel::~CorrectionPanel() = default;

void CorrectionPanel::createTableActions()
{
    auto makeAction = [this](const QString &text, const QString &iconText, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setIconText(iconText); // the toolbar's shorter words
        addAction(action);
        return action;
    };
    m_actions.addRow = makeAction(tr("&Add row"), tr("Add row"), QStringLiteral("add_row_action"));
    m_actions.addRow->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_actions.addRow->setToolTip(tr("Add a row (Ctrl+N or Insert)"));
    m_actions.removeRows =
        makeAction(tr("&Remove rows"), tr("Remove rows"), QStringLiteral("remove_rows_action"));
    m_actions.removeRows->setShortcut(QKeySequence(Qt::Key_Delete));
    m_actions.removeRows->setToolTip(tr("Remove the selected rows (Delete)"));
    // Delete must not fire while a cell is being edited or in a text field: only on the table itself.
    m_actions.removeRows->setShortcutContext(Qt::WidgetShortcut);
    removeAction(m_actions.removeRows);
    m_ui->call_data_view->addAction(m_actions.removeRows);
    m_actions.paste = makeAction(tr("&Paste rows"), tr("Paste"), QStringLiteral("paste_action"));
    m_actions.paste->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_V));
    m_actions.paste->setToolTip(tr("Paste rows copied from a spreadsheet (Ctrl+V)"));
    m_actions.copy = makeAction(tr("&Copy rows"), tr("Copy"), QStringLiteral("copy_action"));
    m_actions.copy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_C));
    m_actions.copy->setToolTip(tr("Copy the selected rows, or all rows, as tab-separated text (Ctrl+C)"));
    m_actions.importFile =
        makeAction(tr("&Import call data…"), tr("Import…"), QStringLiteral("import_action"));
    m_actions.importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_actions.importFile->setToolTip(tr("Import a .json, .csv or .tsv file (Ctrl+O)"));
    m_actions.clear = makeAction(tr("C&lear all rows"), tr("Clear"), QStringLiteral("clear_action"));
    m_actions.clear->setToolTip(tr("Remove all rows (undo brings them back)"));
    m_actions.undo = makeAction(tr("&Undo"), tr("Undo"), QStringLiteral("undo_action"));
    m_actions.undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_actions.redo = makeAction(tr("&Redo"), tr("Redo"), QStringLiteral("redo_action"));
    m_actions.redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    // Toolbar buttons keep the names and accessible names the former push buttons had.
    const QList<std::tuple<QAction *, const char *, QString>> buttons {
        {m_actions.addRow, "add_row_button", tr("Add row")},
        {m_actions.removeRows, "remove_rows_button", tr("Remove rows")},
        {nullptr, nullptr, {}},
        {m_actions.paste, "paste_button", tr("Paste rows")},
        {m_actions.copy, "copy_button", tr("Copy rows")},
        {m_actions.importFile, "import_button", tr("Import")},
        {m_actions.clear, "clear_button", tr("Clear")},
        {nullptr, nullptr, {}},
        {m_actions.undo, "undo_button", tr("Undo")},
        {m_actions.redo, "redo_button", tr("Redo")},
    };
    for (const auto &[action, name, accessibleName] : buttons) {
        if (!action) {
            m_ui->table_toolbar->addSeparator();
            continue;
        }
        m_ui->table_toolbar->addAction(action);
        QWidget *button = m_ui->table_toolbar->widgetForAction(action);
        button->setObjectName(QString::fromLatin1(name));
        button->setAccessibleName(accessibleName);
        button->setFocusPolicy(Qt::TabFocus);
    }

    QUndoStack *stack = m_model->undoStack();
    connect(m_actions.undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_actions.redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &CorrectionPanel::updateUndoTexts);
    connect(stack, &QUndoStack::cleanChanged, this, &CorrectionPanel::updateUndoTexts);
    updateUndoTexts();

    connect(m_actions.addRow, &QAction::triggered, this, &CorrectionPanel::addRow);
    connect(m_actions.removeRows, &QAction::triggered, this, &CorrectionPanel::removeSelectedRows);
    connect(m_actions.paste, &QAction::triggered, this, &CorrectionPanel::pasteRows);
    connect(m_actions.copy, &QAction::triggered, this, &CorrectionPanel::copyRows);
    connect(m_actions.clear, &QAction::triggered, this, &CorrectionPanel::clearRows);
    connect(m_actions.importFile, &QAction::triggered, this, [this]() { importFile(); });
}

void CorrectionPanel::updateUndoTexts()
{
    const QUndoStack *stack = m_model->undoStack();
    m_actions.undo->setToolTip(stack->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(stack->undoText())
                                                : tr("Undo (Ctrl+Z)"));
    m_actions.redo->setToolTip(stack->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(stack->redoText())
                                                : tr("Redo (Ctrl+Shift+Z)"));
    m_actions.undo->setEnabled(stack->canUndo());
    m_actions.redo->setEnabled(stack->canRedo());
}

void CorrectionPanel::updateRowActions()
{
    const bool hasRows = m_model->rowCount() > 0;
    m_actions.removeRows->setEnabled(hasRows);
    m_actions.copy->setEnabled(hasRows);
    m_actions.clear->setEnabled(hasRows);
    m_ui->summary_label->setText(Icws::elidedForDisplay(m_model->summary()));
}

Icws::CallDataUpdate CorrectionPanel::currentUpdate() const
{
    return Icws::CallDataUpdate {m_ui->campaign_combo->currentText().trimmed(),
                                 m_ui->call_edit->text().trimmed(), m_model->attributes()};
}

void CorrectionPanel::setRecentCampaigns(const QStringList &campaigns)
{
    setComboItems(m_ui->campaign_combo, campaigns);
}

void CorrectionPanel::prefill(const QString &campaignId, const QString &callId)
{
    if (!campaignId.isEmpty())
        m_ui->campaign_combo->setEditText(campaignId);
    if (!callId.isEmpty())
        m_ui->call_edit->setText(callId);
}

void CorrectionPanel::setIds(const QString &campaignId, const QString &callId)
{
    m_ui->campaign_combo->setEditText(campaignId);
    m_ui->call_edit->setText(callId);
}

void CorrectionPanel::focusFirstEmptyField()
{
    if (m_ui->campaign_combo->currentText().trimmed().isEmpty())
        m_ui->campaign_combo->setFocus();
    else if (m_ui->call_edit->text().trimmed().isEmpty())
        m_ui->call_edit->setFocus();
    else
        m_ui->call_data_view->setFocus();
}

void CorrectionPanel::commitOpenEditor()
{
    m_ui->call_data_view->commitOpenEditor();
}

void CorrectionPanel::showSendState(bool canSend, bool cancellable, bool busy, const QString &hint,
                                    const QString &sendToolTip)
{
    m_ui->send_button->setEnabled(canSend);
    m_ui->send_button->setToolTip(sendToolTip);
    m_ui->cancel_button->setEnabled(cancellable);
    m_ui->busy_indicator->setVisible(busy);
    m_ui->send_hint_label->setText(hint);
}

void CorrectionPanel::setImportFileChooser(const std::function<QString()> &chooser)
{
    m_chooseImportFile = chooser;
}

QList<QWidget *> CorrectionPanel::tabOrder() const
{
    QList<QWidget *> order {m_ui->campaign_combo, m_ui->call_edit, m_ui->call_data_view};
    for (QAction *action : m_ui->table_toolbar->actions())
        if (QWidget *button = m_ui->table_toolbar->widgetForAction(action); button && !action->isSeparator())
            order << button;
    order << m_ui->cancel_button << m_ui->send_button;
    return order;
}

void CorrectionPanel::addRow()
{
    commitOpenEditor();
    const int row = m_model->addRow();
    m_ui->call_data_view->editKey(row);
}

void CorrectionPanel::removeSelectedRows()
{
    commitOpenEditor();
    const QList<int> rows = m_ui->call_data_view->selectedRowNumbers();
    if (rows.isEmpty())
        return;
    m_model->removeRowList(rows);
    const int next = std::min(rows.constFirst(), m_model->rowCount() - 1);
    if (next >= 0)
        m_ui->call_data_view->setCurrentIndex(m_model->index(next, CallDataModel::KeyColumn));
}

void CorrectionPanel::pasteRows()
{
    // The raw bytes where the platform hands them over: text() would already have turned bytes
    // that are not UTF-8 into U+FFFD, which would then be sent.
    QByteArray bytes;
    if (const QMimeData *mime = QGuiApplication::clipboard()->mimeData()) {
        for (const QString &format :
             {QStringLiteral("text/plain;charset=utf-8"), QStringLiteral("text/plain")}) {
            if (mime->hasFormat(format)) {
                bytes = mime->data(format);
                break;
            }
        }
        if (bytes.isEmpty())
            bytes = mime->text().toUtf8();
    }
    if (bytes.trimmed().isEmpty()) {
        emit messageRequested(tr("The clipboard holds no text to paste as rows."), MessageBar::Type::Warning);
        return;
    }
    commitOpenEditor();
    const AttributeParseResult parsed = parsePastedText(bytes);
    if (!parsed.ok()) {
        emit messageRequested(tr("Nothing was pasted: %1").arg(parsed.error), MessageBar::Type::Error);
        return;
    }
    if (parsed.attributes.isEmpty())
        return;
    // The rows go below the current row. An empty current row (just added, e.g. Ctrl+N then Esc)
    // is replaced instead of being left behind as an "empty key" error; both are one undo step.
    int row = m_model->rowCount();
    const QModelIndex current = m_ui->call_data_view->currentIndex();
    const Icws::Attribute currentRow =
        current.isValid() ? m_model->attribute(current.row()) : Icws::Attribute();
    const bool replaceCurrent =
        current.isValid() && currentRow.first.trimmed().isEmpty() && currentRow.second.isEmpty();
    if (current.isValid())
        row = replaceCurrent ? current.row() : current.row() + 1;
    const QString undoText = parsed.attributes.size() == 1
        ? tr("Paste row")
        : tr("Paste %n rows", nullptr, int(parsed.attributes.size()));
    QUndoStack *stack = m_model->undoStack();
    stack->beginMacro(undoText);
    if (replaceCurrent)
        m_model->removeRowList({current.row()});
    m_model->insertAttributes(row, parsed.attributes, undoText);
    stack->endMacro();
    m_ui->call_data_view->setCurrentIndex(m_model->index(row, CallDataModel::KeyColumn));
    emit messageRequested(parsed.attributes.size() == 1 ? tr("Pasted 1 row. Ctrl+Z undoes this.")
                                                        : tr("Pasted %n rows. Ctrl+Z undoes this.", nullptr,
                                                             int(parsed.attributes.size())),
                          MessageBar::Type::Info);
}

void CorrectionPanel::copyRows()
{
    commitOpenEditor();
    QList<int> rows;
    const QModelIndexList selected = m_ui->call_data_view->selectionModel()->selectedIndexes();
    if (!selected.isEmpty())
        rows = m_ui->call_data_view->selectedRowNumbers();
    else
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    if (rows.isEmpty())
        return;
    QList<Icws::Attribute> attributes;
    for (int row : std::as_const(rows))
        attributes << m_model->attribute(row);
    QGuiApplication::clipboard()->setText(toTsv(attributes));
    emit messageRequested(rows.size() == 1
                              ? tr("Copied 1 row as tab-separated text.")
                              : tr("Copied %n rows as tab-separated text.", nullptr, int(rows.size())),
                          MessageBar::Type::Info);
}

void CorrectionPanel::clearRows()
{
    commitOpenEditor();
    m_model->clear();
}

void CorrectionPanel::importFile(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty())
        path = m_chooseImportFile
            ? m_chooseImportFile()
            : QFileDialog::getOpenFileName(this, tr("Import call data"), {},
                                           tr("Call data (*.json *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    const AttributeParseResult parsed = readAttributeFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!parsed.ok()) {
        emit messageRequested(tr("Could not import %1: %2").arg(name, parsed.error), MessageBar::Type::Error);
        return;
    }
    commitOpenEditor();
    m_model->replaceAll(parsed.attributes, tr("Import %1").arg(name));
    const int count = int(parsed.attributes.size());
    emit messageRequested((count == 1
                               ? tr("Imported 1 row from %1. Ctrl+Z undoes the import.")
                               : tr("Imported %n rows from %1. Ctrl+Z undoes the import.", nullptr, count))
                              .arg(name),
                          MessageBar::Type::Info);
}

void CorrectionPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
}

} // namespace CallData

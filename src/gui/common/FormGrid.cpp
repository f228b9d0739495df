#include "common/FormGrid.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QList>
#include <QWidget>

QGridLayout* replaceWithGrid(QFormLayout* form)
{
    QWidget* owner = form->parentWidget();
    struct Cell
    {
        QLayoutItem* item;
        int row;
        int column;
        int columns;
    };
    QList<Cell> cells;
    for (int row = 0; row < form->rowCount(); ++row) {
        if (QLayoutItem* spanning = form->itemAt(row, QFormLayout::SpanningRole)) {
            cells.append({spanning, row, 0, 2});
            continue;
        }
        if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole)) {
            cells.append({label, row, 0, 1});
        }
        if (QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole)) {
            cells.append({field, row, 1, 1});
        }
    }
    const QMargins margins = form->contentsMargins();
    const QString name = form->objectName();
    const int horizontal = form->horizontalSpacing();
    const int vertical = form->verticalSpacing();
    while (form->count() > 0) {
        form->takeAt(0);
    }
    for (const Cell& cell : std::as_const(cells)) {
        if (QLayout* nested = cell.item->layout()) {
            nested->setParent(nullptr); // not deleted with the form
        }
    }
    delete form;
    auto* grid = new QGridLayout(owner);
    grid->setObjectName(name);
    grid->setContentsMargins(margins);
    grid->setHorizontalSpacing(horizontal);
    grid->setVerticalSpacing(vertical);
    for (const Cell& cell : std::as_const(cells)) {
        if (QLayout* nested = cell.item->layout()) {
            grid->addLayout(nested, cell.row, cell.column, 1, cell.columns);
        } else {
            grid->addItem(cell.item, cell.row, cell.column, 1, cell.columns);
        }
    }
    grid->setColumnStretch(1, 1); // the fields grow, as in a form
    return grid;
}

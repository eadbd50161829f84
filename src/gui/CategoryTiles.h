// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;

namespace bizkithub::gui {

// A kiosk's categories as large tiles to tap, instead of a drop-down list a finger misses. The
// tiles show the combo box's items and choose in it: the combo box stays what the form reads and
// checks, the tiles are only another face of it.
class CategoryTiles final : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryTiles(QComboBox* combo, QWidget* parent = nullptr);

    // Builds the tiles anew from the combo box's items.
    void rebuild();
    [[nodiscard]] int count() const;
    [[nodiscard]] QList<QWidget*> tiles() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followCombo();
    // As many tiles a row as their words fit, at most three.
    void arrange();

    QComboBox* m_combo;
    QGridLayout* m_grid;
    QButtonGroup* m_group;
    int m_columns = 0;
};

} // namespace bizkithub::gui

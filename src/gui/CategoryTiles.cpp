// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryTiles.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QPushButton>

namespace bizkithub::gui {

namespace {
constexpr int maximumColumns = 3;
} // namespace

CategoryTiles::CategoryTiles(QComboBox* combo, QWidget* parent)
    : QWidget(parent)
    , m_combo(combo)
    , m_grid(new QGridLayout(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("categoryTiles"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, m_combo, &QComboBox::setCurrentIndex);
    // Locked by the admin, or busy sending: the tiles follow the combo box.
    m_combo->installEventFilter(this);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &CategoryTiles::followCombo);
    connect(m_combo, &QComboBox::currentTextChanged, this, &CategoryTiles::followCombo);
    setEnabled(m_combo->isEnabled());
    rebuild();
}

int CategoryTiles::count() const
{
    return int(m_group->buttons().size());
}

QList<QWidget*> CategoryTiles::tiles() const
{
    QList<QWidget*> tiles;
    for (int i = 0; i < count(); ++i) {
        tiles.append(m_group->button(i));
    }
    return tiles;
}

void CategoryTiles::rebuild()
{
    for (QAbstractButton* button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    for (int i = 0; i < m_combo->count(); ++i) {
        auto* tile = new QPushButton(m_combo->itemText(i), this);
        tile->setObjectName(QStringLiteral("categoryTile"));
        tile->setCheckable(true);
        tile->setAutoDefault(false);
        // A tap leaves the focus where it is (and an on-screen keyboard up); Tab reaches it.
        tile->setFocusPolicy(Qt::TabFocus);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_group->addButton(tile, i);
    }
    m_columns = 0;
    arrange();
    followCombo();
}

void CategoryTiles::arrange()
{
    int widest = 1;
    for (QAbstractButton* tile : m_group->buttons()) {
        widest = std::max(widest, tile->sizeHint().width());
    }
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    const int fit = (width() + spacing) / (widest + spacing);
    const int columns = std::clamp(fit, 1, maximumColumns);
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (int i = 0; i < count(); ++i) {
        m_grid->removeWidget(m_group->button(i));
    }
    for (int i = 0; i < count(); ++i) {
        m_grid->addWidget(m_group->button(i), i / columns, i % columns);
    }
}

void CategoryTiles::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void CategoryTiles::followCombo()
{
    // The combo box shows a chosen item's label; a tile is checked only for an item of the list.
    const int index = m_combo->findText(m_combo->currentText());
    if (QAbstractButton* tile = m_group->button(index)) {
        tile->setChecked(true);
        return;
    }
    if (QAbstractButton* checked = m_group->checkedButton()) {
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
}

bool CategoryTiles::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_combo && event->type() == QEvent::EnabledChange) {
        setEnabled(m_combo->isEnabled());
    }
    return QWidget::eventFilter(watched, event);
}

void CategoryTiles::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(m_combo->accessibleName());
    } else if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        m_columns = 0; // the tiles' size changed with the kiosk's look
        arrange();
    }
    QWidget::changeEvent(event);
}

} // namespace bizkithub::gui

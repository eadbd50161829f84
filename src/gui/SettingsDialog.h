// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Settings.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class SettingsDialog;
}

namespace bizkithub {
class Transport;
}

namespace bizkithub::gui {

// Edits the settings the ticket form needs. Every value is checked with the core's rules before
// it is saved; a problem stands under its field and the dialog stays open, with nothing lost. The
// transport reads the certificates of a CA file as it will when it sends.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings& settings, const Transport& transport, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Puts the focus on the field of this setting, its text selected, to be changed.
    void focusSetting(Settings::Key key);

    // Checks and saves; returns false (and shows why) when something needs correcting.
    bool save();

    void accept() override;

private:
    struct Row
    {
        Settings::Key key;
        QWidget* editor;
        QLabel* note;
    };
    [[nodiscard]] QList<Row> rows() const;
    // Puts the rows in sections (connection, the ticket form, this computer) with a line of help
    // under the less obvious fields.
    void arrangeSections();
    void retranslateSections();
    void load();
    void showNote(QLabel* note, const QString& text);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings& m_settings;
    const Transport& m_transport;
    QLabel* m_connectionHeading = nullptr;
    QLabel* m_formHeading = nullptr;
    QLabel* m_computerHeading = nullptr;
    QList<QPair<QWidget*, QLabel*>> m_helpLines; // the field, and its line of help
};

} // namespace bizkithub::gui

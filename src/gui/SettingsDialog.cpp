// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "FieldBinding.h"
#include "Settings.h"
#include "Translations.h"
#include "ui_SettingsDialog.h"
#include "validation/ApiKey.h"
#include "validation/BaseUrl.h"
#include "validation/CategorySlug.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumber.h"

#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace bizkithub::gui {

SettingsDialog::SettingsDialog(Settings& settings, const Transport& transport, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_transport(transport)
{
    m_ui->setupUi(this);
    arrangeSections();
    retranslateSections();

    m_ui->regionCombo->addItem(tr("Automatic (from the system language)"), QString());
    QList<QPair<QString, QString>> regions;
    for (const QString& code : PhoneNumber::supportedRegions()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        const QString name =
            territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
        regions.append({name, code});
    }
    std::sort(regions.begin(), regions.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [name, code] : regions) {
        m_ui->regionCombo->addItem(tr("%1 (%2)").arg(name, code), code);
    }

    // Each language in its own name, so a person can find theirs whatever is shown now.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    for (const QString& code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
        }
        m_ui->languageCombo->addItem(name.isEmpty() ? code : name, code);
    }
    m_ui->timeoutSpin->setMaximum(int(ClientConfig::maxTimeout.count()));
    m_ui->showKeyButton->setToolTip(tr("Show or hide the API key"));
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->apiKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Extra trusted certificates"), m_ui->caFileEdit->text(),
            tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->caFileEdit->setText(file);
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    load();
    resize(std::max(width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
    // The first field that needs attention: without a key nothing can be sent.
    if (!ApiKey::fromString(m_settings.apiKey()) && !m_settings.isReadOnly(Settings::Key::ApiKey)) {
        focusSetting(Settings::Key::ApiKey);
    }
}

void SettingsDialog::focusSetting(Settings::Key key)
{
    for (const Row& row : rows()) {
        if (row.key != key) {
            continue;
        }
        row.editor->setFocus(Qt::OtherFocusReason);
        if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
            line->selectAll();
        }
        return;
    }
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::arrangeSections()
{
    QFormLayout* form = m_ui->settingsForm;
    // The rows as the .ui file lists them: address, key, region, categories, send-to e-mail,
    // timeout, certificates, language.
    QList<QFormLayout::TakeRowResult> taken;
    while (form->rowCount() > 0) {
        taken.append(form->takeRow(0));
    }
    const auto heading = [this, form](const char* name, const QString& text) {
        auto* label = new QLabel(text, this);
        label->setObjectName(QLatin1String(name));
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.1);
        label->setFont(font);
        label->setContentsMargins(0, form->rowCount() > 0 ? fontMetrics().height() / 2 : 0, 0, 0);
        form->addRow(label);
        return label;
    };
    const auto addRows = [form, &taken](std::initializer_list<int> rows) {
        for (int row : rows) {
            QWidget* label = taken[row].labelItem->widget();
            QLayout* field = taken[row].fieldItem->layout();
            delete taken[row].labelItem; // the wrapper only; the label lives on
            form->addRow(label, field);
        }
    };
    m_connectionHeading = heading("connectionSection", QString());
    addRows({0, 1, 5, 6});
    m_formHeading = heading("formSection", QString());
    addRows({2, 3, 4});
    m_computerHeading = heading("computerSection", QString());
    addRows({7});
    // Tab follows the sections as they are seen.
    const QList<QWidget*> order{m_ui->baseUrlEdit,   m_ui->apiKeyEdit,     m_ui->showKeyButton,
                                m_ui->timeoutSpin,   m_ui->caFileEdit,     m_ui->caFileBrowseButton,
                                m_ui->regionCombo,   m_ui->categoriesEdit, m_ui->sendToEmailEdit,
                                m_ui->languageCombo, m_ui->buttonBox};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }

    // A line of help under the fields whose purpose is not plain from their name.
    const auto help = [this](QWidget* editor, QBoxLayout* column, const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        label->setPalette(palette);
        column->insertWidget(1, label);
        m_helpLines.append({editor, label});
    };
    help(m_ui->sendToEmailEdit, m_ui->row4Column, "sendToEmailHelp");
    help(m_ui->timeoutSpin, m_ui->row5Column, "timeoutHelp");
    help(m_ui->caFileEdit, m_ui->row6Column, "caFileHelp");
}

void SettingsDialog::retranslateSections()
{
    m_connectionHeading->setText(tr("Connection to BizKitHub"));
    m_formHeading->setText(tr("The ticket form"));
    m_computerHeading->setText(tr("This computer"));
    const QStringList texts{
        tr("Every new ticket starts with this address in its send-to e-mail field; staff can "
           "change it per ticket."),
        tr("How long to wait for BizKitHub's answer before the ticket is kept and tried again "
           "later. Raise it on a slow connection."),
        tr("Only needed when your network inspects secure connections with its own certificate "
           "authority: a PEM file from your IT department."),
    };
    for (qsizetype i = 0; i < m_helpLines.size() && i < texts.size(); ++i) {
        m_helpLines[i].second->setText(texts[i]);
        m_helpLines[i].first->setAccessibleDescription(texts[i]);
    }
}

void SettingsDialog::load()
{
    m_ui->baseUrlEdit->setText(m_settings.baseUrl());
    m_ui->apiKeyEdit->setText(m_settings.apiKey());
    const int region = m_ui->regionCombo->findData(
        m_settings.value(Settings::Key::DefaultRegion).toString().trimmed().toUpper());
    m_ui->regionCombo->setCurrentIndex(std::max(region, 0));
    m_ui->categoriesEdit->setPlainText(m_settings.categories().join(u'\n'));
    m_ui->sendToEmailEdit->setText(m_settings.sendToEmail());
    m_ui->timeoutSpin->setValue(m_settings.timeoutSeconds());
    m_ui->caFileEdit->setText(m_settings.value(Settings::Key::CaCertificates).toString());
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(m_settings.language())));
    // Where they are kept is for the administrator (the README says), not for a message.
    m_ui->fileLabel->setText(
        m_settings.isReadOnly(Settings::Key::ApiKey) ||
                m_settings.isReadOnly(Settings::Key::BaseUrl)
            ? tr("Settings marked as set by your administrator cannot be "
                 "changed here.")
            : tr("These settings apply to your user account on this computer."));

    // A value the admin or the environment decides cannot be changed here; say so instead of
    // pretending. Read-only rather than disabled, so it can still be read and copied.
    for (const Row& row : rows()) {
        QString why;
        if (m_settings.isOverriddenByEnvironment(row.key)) {
            why = tr("Set by the environment variable %1.")
                      .arg(row.key == Settings::Key::ApiKey ? QStringLiteral("BIZKITHUB_API_KEY")
                                                            : QStringLiteral("BIZKITHUB_BASE_URL"));
        } else if (m_settings.isReadOnly(row.key)) {
            why = tr("Set by your administrator.");
        }
        if (why.isEmpty()) {
            continue;
        }
        if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
            line->setReadOnly(true);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(row.editor)) {
            plain->setReadOnly(true);
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(row.editor)) {
            spin->setReadOnly(true);
        } else {
            row.editor->setEnabled(false);
        }
        row.editor->setAccessibleDescription(why);
        showNote(row.note, why);
    }
    if (m_settings.isReadOnly(Settings::Key::ApiKey)) {
        m_ui->showKeyButton->setEnabled(false);
    }
    // The admin who opens the settings of a kiosk with a ROOT key learns why nothing is sent.
    if (const auto key = ApiKey::fromString(m_settings.apiKey());
        key && m_settings.kioskEnabled() && !key->isAllowedOnKiosk()) {
        showNote(m_ui->apiKeyNote, QStringLiteral("⚠ ") + ApiKey::kioskRefusalMessage() + u' ' +
                                       m_ui->apiKeyNote->text());
    }
    m_ui->caFileBrowseButton->setEnabled(!m_settings.isReadOnly(Settings::Key::CaCertificates));
}

QList<SettingsDialog::Row> SettingsDialog::rows() const
{
    return {
        {Settings::Key::BaseUrl, m_ui->baseUrlEdit, m_ui->baseUrlNote},
        {Settings::Key::ApiKey, m_ui->apiKeyEdit, m_ui->apiKeyNote},
        {Settings::Key::DefaultRegion, m_ui->regionCombo, m_ui->regionNote},
        {Settings::Key::Categories, m_ui->categoriesEdit, m_ui->categoriesNote},
        {Settings::Key::SendToEmail, m_ui->sendToEmailEdit, m_ui->sendToEmailNote},
        {Settings::Key::TimeoutSeconds, m_ui->timeoutSpin, m_ui->timeoutNote},
        {Settings::Key::CaCertificates, m_ui->caFileEdit, m_ui->caFileNote},
        {Settings::Key::Language, m_ui->languageCombo, m_ui->languageNote},
    };
}

void SettingsDialog::showNote(QLabel* note, const QString& text)
{
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

bool SettingsDialog::save()
{
    QWidget* firstProblem = nullptr;
    const auto problem = [&firstProblem](QWidget* editor, QLabel* note, const QString& text) {
        FieldBinding::showProblem(editor, note, text);
        if (!firstProblem) {
            firstProblem = editor;
        }
    };
    // Only what may be changed is checked and saved; a locked value keeps its note.
    const auto locked = [this](Settings::Key key) {
        return m_settings.isReadOnly(key);
    };
    for (const Row& row : rows()) {
        if (!locked(row.key)) {
            FieldBinding::showProblem(row.editor, row.note, QString());
        }
    }
    retranslateSections(); // the help lines' descriptions, cleared above

    const QString baseUrl = m_ui->baseUrlEdit->text().trimmed();
    const bool urlLocked = locked(Settings::Key::BaseUrl);
    if (!urlLocked) {
        if (const auto p = BaseUrl::check(baseUrl)) {
            problem(m_ui->baseUrlEdit, m_ui->baseUrlNote, BaseUrl::problemMessage(*p));
        }
    }
    const QString key = m_ui->apiKeyEdit->text().trimmed();
    const bool keyLocked = locked(Settings::Key::ApiKey);
    if (!keyLocked && !key.isEmpty()) {
        if (const auto p = ApiKey::check(key)) {
            problem(m_ui->apiKeyEdit, m_ui->apiKeyNote, ApiKey::problemMessage(*p));
        } else if (m_settings.kioskEnabled() && !ApiKey::fromString(key)->isAllowedOnKiosk()) {
            problem(m_ui->apiKeyEdit, m_ui->apiKeyNote, ApiKey::kioskRefusalMessage());
        }
    }
    QStringList invalidSlugs;
    const QStringList categoryLines =
        m_ui->categoriesEdit->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    const auto categories = CategorySlug::parseList(categoryLines, &invalidSlugs);
    if (!invalidSlugs.isEmpty() && !locked(Settings::Key::Categories)) {
        problem(m_ui->categoriesEdit, m_ui->categoriesNote,
                tr("These are not valid category slugs: %1. Use lowercase letters a-z, digits "
                   "and single hyphens, like billing=Billing question.")
                    .arg(invalidSlugs.join(QStringLiteral(", "))));
    }
    QString sendTo = m_ui->sendToEmailEdit->text().trimmed();
    if (!sendTo.isEmpty() && !locked(Settings::Key::SendToEmail)) {
        const auto parsed = EmailAddress::parse(sendTo);
        if (parsed.problem) {
            problem(m_ui->sendToEmailEdit, m_ui->sendToEmailNote,
                    ValidationIssue{TicketField::SendToEmail, *parsed.problem, 0, {}}.message());
        } else {
            sendTo = parsed.address;
        }
    }
    const QString caFile = m_ui->caFileEdit->text().trimmed();
    if (!caFile.isEmpty() && !locked(Settings::Key::CaCertificates) &&
        m_transport.readsCertificates(caFile) == false) { // not when it cannot be told
        problem(m_ui->caFileEdit, m_ui->caFileNote,
                tr("No certificate could be read from this file. Choose a PEM file."));
    }
    if (firstProblem) {
        firstProblem->setFocus(Qt::OtherFocusReason);
        return false;
    }

    if (!urlLocked) {
        m_settings.setValue(Settings::Key::BaseUrl, baseUrl);
    }
    if (!keyLocked) {
        m_settings.setValue(Settings::Key::ApiKey, key);
    }
    // Settings refuses to write a key the admin set, so the locked ones are left as they are.
    m_settings.setValue(Settings::Key::DefaultRegion, m_ui->regionCombo->currentData());
    QStringList normalizedCategories;
    for (const auto& category : categories) {
        normalizedCategories.append(category.slug + u'=' + category.label);
    }
    m_settings.setValue(Settings::Key::Categories, normalizedCategories);
    m_settings.setValue(Settings::Key::SendToEmail, sendTo);
    m_settings.setValue(Settings::Key::TimeoutSeconds, m_ui->timeoutSpin->value());
    m_settings.setValue(Settings::Key::CaCertificates, caFile);
    m_settings.setValue(Settings::Key::Language, m_ui->languageCombo->currentData().toString());
    m_settings.sync();
    return true;
}

void SettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace bizkithub::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "TicketValidator.h"
#include "validation/CategorySlug.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Ui {
class TicketForm;
}

namespace bizkithub::gui {

class CategoryTiles;
class FieldBinding;

// The ticket form of ui/TicketForm.ui: nine fields, each checked by the core's TicketValidator
// when it loses focus and on every edit after that. It holds what the person typed and nothing
// else; the window decides what happens on Send.
class TicketForm final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketForm(QWidget* parent = nullptr);
    ~TicketForm() override;

    // The validator carries the admin's form policy: hidden fields disappear, read-only ones
    // cannot be changed, required ones are marked.
    void setValidator(const TicketValidator& validator);
    void setCategories(const QList<CategorySlug::Category>& categories);
    // What a new ticket starts with; fields still showing the old presets take the new ones.
    void setPresets(const Ticket& presets);

    // What the person typed, as typed.
    [[nodiscard]] Ticket typedTicket() const;
    void setTypedTicket(const Ticket& ticket);
    void clear();
    // Clears like clear(), and also forgets the undo history and takes text that came from the
    // form off the clipboard: nothing of the last person stays behind.
    void wipe();
    // True when nothing but the presets is in the form.
    [[nodiscard]] bool isEmpty() const;

    // Shows every issue under its field and moves focus to the first one.
    void showIssues(const ValidationIssues& issues);
    void setBusy(bool busy);
    void focusFirstField();
    // Focus to the first field showing a problem, else to the first field.
    void focusFirstIssue();

    [[nodiscard]] QWidget* editor(TicketField field) const;
    [[nodiscard]] QLabel* label(TicketField field) const;
    [[nodiscard]] QPushButton* sendButton() const;
    [[nodiscard]] QPushButton* emailSuggestionButton() const;

    // The address the form suggests for a likely typo in the customer's e-mail, until it is used
    // or the address changes; empty when there is none.
    [[nodiscard]] QString emailSuggestion() const { return m_suggestedEmail; }
    // Puts the suggested address into the field, and moves on to the next field.
    void applyEmailSuggestion();

    // Whether the customer and the ticket stand side by side (a wide window) or one above the
    // other (a narrow one).
    [[nodiscard]] bool isSideBySide() const { return m_sideBySide; }

    // Places a message right above the action bar: it appears where the person looks after
    // pressing Send, and the fields above stay where they are (the scroll area gives the room).
    void setMessageArea(QWidget* message);

    // A kiosk's guests write their own tickets: no drafts there, and the consent box speaks to
    // the guest rather than to staff.
    void setForGuests(bool guests);

    // The consent box (form/consentText, form/consentRequired): shown when the policy asks for
    // consent; ticked by the person, never by default.
    [[nodiscard]] bool asksConsent() const;
    [[nodiscard]] bool consentGiven() const;
    // The notice agreed to, exactly as it was shown (the admin's text or the default sentence).
    [[nodiscard]] QString consentText() const;
    // Marks the box as needing a tick, or clears the mark.
    void showConsentMissing(bool missing);
    [[nodiscard]] QCheckBox* consentCheck() const { return m_consentCheck; }
    // A guest's categories, as tiles to tap (shown in place of the list when there are any).
    [[nodiscard]] CategoryTiles* categoryTiles() const { return m_categoryTiles; }

Q_SIGNALS:
    void sendRequested();
    void saveDraftRequested();
    void edited();
    void fieldLeft();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeGroups(bool sideBySide);
    // Each column of groups gets one label column, so the fields of stacked groups line up.
    void alignLabelColumns();
    void retranslate();
    void emphasiseSend();
    void checkField(FieldBinding* binding);
    void setEmailSuggestionVisible(bool visible);
    void onFocusLeft(FieldBinding* binding);
    void updateMessageCounter();
    void applyPolicy();
    void showPhoneExample();
    void createConsentRow();
    void updateConsentRow();
    void applyGuestWords();
    // Tiles for a guest, the list for staff.
    void updateCategoryFace();
    // Brings a field that takes focus into view.
    void scrollToField(QWidget* field);
    // Leaving the e-mail field (Tab, or a guest's Enter) with a likely typo in it: focus goes to
    // the suggestion, and true is returned.
    bool offerEmailSuggestion(QWidget* leaving);
    // A guest's Enter: on to the next field to type into.
    void focusNextTextField(QWidget* from);

    std::unique_ptr<Ui::TicketForm> m_ui;
    TicketValidator m_validator;
    QMap<TicketField, FieldBinding*> m_bindings;
    QMap<TicketField, QLabel*> m_labels;
    QMap<TicketField, QString> m_labelTexts;
    QMap<TicketField, QString> m_accessibleNames;
    QLabel* m_requiredLegend;
    QPushButton* m_saveDraft = nullptr;
    QWidget* m_consentRow = nullptr;
    QCheckBox* m_consentCheck = nullptr;
    QLabel* m_consentLabel = nullptr;
    QLabel* m_consentError = nullptr;
    CategoryTiles* m_categoryTiles = nullptr;
    bool m_forGuests = false;
    QLabel* m_shortcutHint = nullptr;
    Ticket m_presets;
    bool m_busy = false;
    bool m_sideBySide = false;
    QGridLayout* m_groups = nullptr;
    QString m_suggestedEmail;
    bool m_phoneExampleWanted = false;
};

} // namespace bizkithub::gui

#pragma once

#include "WorkspaceDriver.h"
#include "intake/IntakeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>

namespace rabeg::test {

// What an operator types into the intake form, field by field (empty: the field is passed over with Tab).
struct IntakeTyping
{
    QString title;
    QString body;
    QString service; // the first letters of the service's name, typed into its list
    QString kecamatan; // idem
    QString kelurahan; // idem
    QString address;
    QString name;
    QString nik;
    QString phone;
};

// Opens the form with Ctrl+N and fills it with the keyboard alone, from the title down the Tab order; leaves the
// focus in the e-mail field. Returns the form.
inline IntakeDialog *typeIntake(WorkspaceDriver &driver, const IntakeTyping &t)
{
    driver.key(Qt::Key_N, Qt::ControlModifier);
    auto *dialog = qobject_cast<IntakeDialog *>(driver.dialog("intakeDialog"));
    REQUIRE(dialog);
    const auto focusIs = [&](const char *name) {
        INFO(name);
        REQUIRE(QApplication::focusWidget());
        REQUIRE(QApplication::focusWidget()->objectName() == QLatin1String(name));
    };
    const auto field = [&](const char *name, const QString &text) {
        focusIs(name);
        if (!text.isEmpty())
            driver.type(text);
        driver.key(Qt::Key_Tab);
    };
    field("titleLineEdit", t.title);
    field("bodyPlainTextEdit", t.body);
    field("serviceComboBox", t.service);
    field("kecamatanComboBox", t.kecamatan);
    field("kelurahanComboBox", t.kelurahan);
    field("addressLineEdit", t.address);
    field("anonimCheckBox", {});
    field("rahasiaCheckBox", {});
    field("receivedEarlierCheckBox", {});
    field("reporterNameLineEdit", t.name);
    field("nikLineEdit", t.nik);
    field("phoneLineEdit", t.phone);
    focusIs("emailLineEdit");
    return dialog;
}

} // namespace rabeg::test

#include "IntakeDialog.h"

#include "DuplicateWatcher.h"
#include "IntakeLedger.h"
#include "Labels.h"
#include "OperatorSession.h"
#include "UiLog.h"
#include "identity/WorkstationVault.h"
#include "intake/IntakeQueue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kWibSeconds = 7 * 3600;

// The date-time field shows WIB wall time; it holds it as if it were UTC, so no local zone of this machine enters.
QDateTime wibWallTime(const QDateTime &utc)
{
    const QDateTime wib = utc.toUTC().addSecs(kWibSeconds);
    return QDateTime(wib.date(), wib.time(), Qt::UTC);
}

QDateTime fromWibWallTime(const QDateTime &wall)
{
    return QDateTime(wall.date(), wall.time(), Qt::UTC).addSecs(-kWibSeconds);
}

template <typename T> T *named(T *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

} // namespace

IntakeDialog::IntakeDialog(OperatorSession &session, std::shared_ptr<HeldIdentities> identities,
                           std::function<void()> syncSoon, QWidget *parent)
    : QDialog(parent), m_session(session), m_identities(std::move(identities)), m_syncSoon(std::move(syncSoon))
{
    setObjectName(u"intakeDialog"_s);
    setWindowTitle(tr("New complaint (walk-in, phone)"));
    auto *columns = new QHBoxLayout;
    columns->addWidget(makeComplaintFields(), 3);
    columns->addWidget(makeReporterFields(), 2);

    m_problem = named(new QLabel, u"intakeProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox;
    m_submitButton = named(buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole), u"submitPushButton"_s);
    m_submitButton->setToolTip(tr("Ctrl+Enter"));
    named(buttons->addButton(QDialogButtonBox::Close), u"closePushButton"_s);
    // Enter in a one-line field must not submit half a form: only the button or Ctrl+Enter do.
    m_submitButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1120, 660);
    // Tab goes down the complaint, then down the reporter, then to the lists and the buttons.
    const QList<QWidget *> order {m_channel, m_title,  m_body,    m_service,       m_kecamatan,  m_kelurahan,
                                  m_address, m_anonim, m_rahasia, m_earlier,       m_receivedAt, m_name,
                                  m_nik,     m_phone,  m_email,   m_duplicateList, m_ledger,     m_submitButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_title->setFocus();
    identityChanged();
}

QWidget *IntakeDialog::makeComplaintFields()
{
    const ReferenceData &ref = m_session.reference();
    auto *box = new QGroupBox(tr("Complaint"));
    auto *form = new QFormLayout(box);
    m_channel = named(new QComboBox, u"channelComboBox"_s);
    for (Channel channel :
         {Channel::WalkIn, Channel::Phone, Channel::Email, Channel::Sms, Channel::SocialMedia, Channel::Lapor})
        m_channel->addItem(Labels::channel(channel), int(channel));
    m_title = named(new QLineEdit, u"titleLineEdit"_s);
    m_title->setPlaceholderText(tr("A few words: what, where"));
    m_body = named(new QPlainTextEdit, u"bodyPlainTextEdit"_s);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("The complaint as the reporter told it"));
    m_service = named(new QComboBox, u"serviceComboBox"_s);
    m_service->addItem(tr("(not known yet)"), QString());
    QList<Service> services = ref.services;
    std::sort(services.begin(), services.end(), [](const Service &a, const Service &b) { return a.name < b.name; });
    for (const Service &service : std::as_const(services)) {
        if (service.active) // deactivated by an admin: the hub refuses it on new complaints
            m_service->addItem(service.name, service.code);
    }
    m_kecamatan = named(new QComboBox, u"kecamatanComboBox"_s);
    m_kecamatan->addItem(tr("(not known)"), QString());
    for (const Kecamatan &kecamatan : ref.kecamatan)
        m_kecamatan->addItem(kecamatan.name, kecamatan.code);
    m_kelurahan = named(new QComboBox, u"kelurahanComboBox"_s);
    m_address = named(new QLineEdit, u"addressLineEdit"_s);
    m_address->setPlaceholderText(tr("Street, RT/RW, landmark"));
    m_anonim = named(new QCheckBox(tr("&Anonim: hide the reporter from OPDs and operators")), u"anonimCheckBox"_s);
    m_rahasia = named(new QCheckBox(tr("&Rahasia: the complaint is never public")), u"rahasiaCheckBox"_s);
    m_earlier = named(new QCheckBox(tr("Received &earlier (WIB):")), u"receivedEarlierCheckBox"_s);
    m_receivedAt = named(new QDateTimeEdit, u"receivedAtDateTimeEdit"_s);
    m_receivedAt->setTimeSpec(Qt::UTC);
    m_receivedAt->setDisplayFormat(u"dd/MM/yyyy HH:mm"_s);
    m_receivedAt->setCalendarPopup(true);
    m_receivedAt->setDateTime(wibWallTime(m_session.hubNow()));
    m_receivedAt->setEnabled(false);
    m_receivedAt->setAccessibleName(tr("Received at (WIB)"));
    m_receivedAt->setToolTip(tr("Only when the complaint arrived before now (a phone call noted on paper): within "
                                "the last 30 days. Without it the hub's time of arrival counts."));
    auto *received = new QHBoxLayout;
    received->addWidget(m_earlier);
    received->addWidget(m_receivedAt, 1);

    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(tr("Ser&vice:"), m_service);
    form->addRow(tr("&Kecamatan:"), m_kecamatan);
    form->addRow(tr("Ke&lurahan:"), m_kelurahan);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(QString(), m_anonim);
    form->addRow(QString(), m_rahasia);
    form->addRow(received);
    fillKelurahan();

    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, [this] {
        fillKelurahan();
        draftChanged();
    });
    connect(m_earlier, &QCheckBox::toggled, m_receivedAt, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::textChanged, this, &IntakeDialog::draftChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &IntakeDialog::draftChanged);
    connect(m_service, &QComboBox::currentIndexChanged, this, &IntakeDialog::draftChanged);
    return box;
}

QWidget *IntakeDialog::makeReporterFields()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Reporter"));
    auto *form = new QFormLayout(box);
    m_name = named(new QLineEdit, u"reporterNameLineEdit"_s);
    m_nik = named(new QLineEdit, u"nikLineEdit"_s);
    m_nik->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,16}"_s), m_nik));
    m_nik->setPlaceholderText(tr("16 digits, from the KTP-el"));
    m_nikHint = named(new QLabel, u"nikHintLabel"_s);
    m_phone = named(new QLineEdit, u"phoneLineEdit"_s);
    m_email = named(new QLineEdit, u"emailLineEdit"_s);
    m_identityWarning = named(new QLabel, u"identityWarningLabel"_s);
    m_identityWarning->setWordWrap(true);
    m_identityWarning->setStyleSheet(u"color: #b03a00;"_s);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&NIK:"), m_nik);
    form->addRow(QString(), m_nikHint);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(m_identityWarning);
    for (QLineEdit *edit : {m_name, m_nik, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, &IntakeDialog::identityChanged);

    auto *similar = new QGroupBox(tr("Similar complaints in the cache"));
    auto *similarLayout = new QVBoxLayout(similar);
    m_duplicateList = named(new QListWidget, u"duplicatesListWidget"_s);
    m_duplicateList->setWordWrap(true);
    m_duplicateList->setSpacing(2);
    m_duplicateList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_duplicateList->setToolTip(tr("Complaints that share the words typed (and the service and kecamatan chosen): "
                                   "maybe the same complaint, already received."));
    similarLayout->addWidget(m_duplicateList);
    m_duplicateList->setAccessibleName(similar->title());
    m_duplicates = new DuplicateWatcher(m_session.cache(), m_duplicateList, this);

    auto *taken = new QGroupBox(tr("Taken in since this form opened"));
    auto *takenLayout = new QVBoxLayout(taken);
    m_ledger = new IntakeLedger(m_session, m_identities);
    m_ledger->setAccessibleName(taken->title());
    takenLayout->addWidget(m_ledger);

    layout->addWidget(box);
    layout->addWidget(similar, 1);
    layout->addWidget(taken, 1);
    return column;
}

void IntakeDialog::fillKelurahan()
{
    m_kelurahan->clear();
    m_kelurahan->addItem(tr("(not known)"), QString());
    const QString kecamatan = m_kecamatan->currentData().toString();
    if (kecamatan.isEmpty())
        return;
    for (const Kelurahan &kelurahan : m_session.reference().kelurahanOf(kecamatan))
        m_kelurahan->addItem(kelurahan.name, kelurahan.code);
}

IntakeDraft IntakeDialog::draft() const
{
    IntakeDraft d;
    d.channel = Channel(m_channel->currentData().toInt());
    d.title = m_title->text();
    d.body = m_body->toPlainText();
    d.service = m_service->currentData().toString();
    if (const Service *service = m_session.reference().service(d.service))
        d.category = service->category;
    d.kecamatan = m_kecamatan->currentData().toString();
    d.kelurahan = m_kelurahan->currentData().toString();
    d.address = m_address->text();
    d.anonim = m_anonim->isChecked();
    d.rahasia = m_rahasia->isChecked();
    if (m_earlier->isChecked())
        d.receivedAt = fromWibWallTime(m_receivedAt->dateTime());
    d.identity = ReporterIdentity {m_name->text(), m_nik->text(), m_phone->text(), m_email->text(), {}};
    return d;
}

void IntakeDialog::draftChanged()
{
    Complaint probe;
    probe.title = m_title->text();
    probe.body = m_body->toPlainText();
    probe.service = m_service->currentData().toString();
    probe.kecamatan = m_kecamatan->currentData().toString();
    m_duplicates->draftChanged(probe);
}

void IntakeDialog::identityChanged()
{
    const QString nik = m_nik->text();
    m_nikHint->setText(nik.isEmpty() || nik.size() == 16 ? QString() : tr("%n of 16 digits", nullptr, int(nik.size())));
    m_nikHint->setVisible(!m_nikHint->text().isEmpty());
    const bool typed
        = !(m_name->text().isEmpty() && nik.isEmpty() && m_phone->text().isEmpty() && m_email->text().isEmpty());
    // Where the vault can keep identities (a role that may see them, an OS keychain), it seals this one until the
    // hub has it (WorkstationVault, the keeper of HeldIdentities).
    const WorkstationVault *vault = WorkstationVault::of(m_session);
    const bool sealed = vault && vault->available();
    m_identityWarning->setText(
        !typed ? tr("Leave the reporter empty for an anonymous walk-in with no identity.")
        : sealed
            ? tr("The identity is sent to the hub and sealed there. Until the hub has the complaint it is kept on this "
                 "computer encrypted only (the key in the system keychain), and deleted once the hub has it.")
            : tr("The identity is sent to the hub, sealed there, and never written to this computer's disk. Until "
                 "the hub has the complaint it is held in memory only: if Rabeg closes before the hub is reached, "
                 "it is lost and must be typed again (the complaint itself is kept)."));
}

void IntakeDialog::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Enter from any field; the fields pass it on (a one-line field ignores Enter, the text adds no newline).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        submit();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString IntakeDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void IntakeDialog::showProblem(const QString &code, const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    QWidget *field = code == u"invalid_nik"_s    ? m_nik
        : code == u"invalid_phone"_s             ? m_phone
        : code == u"invalid_email"_s             ? m_email
        : code == u"received_at_out_of_bounds"_s ? m_receivedAt
        : code == u"missing_body"_s              ? static_cast<QWidget *>(m_body)
        : code.isEmpty()                         ? nullptr
                                                 : m_title;
    if (field)
        field->setFocus();
}

QUuid IntakeDialog::submit()
{
    if (!m_session.mayIssue(CommandType::Intake)) {
        showProblem(u"role"_s, tr("Only operators and supervisors of the command center take in complaints."));
        return {};
    }
    const auto prepared = prepareIntake(draft(), m_session.hubNow());
    if (!prepared.ok()) {
        showProblem(prepared.error().code, prepared.error().message);
        return {};
    }
    const Command &command = prepared->command;
    DecisionContext context = m_session.context();
    if (Status status = IntakeQueue(m_session.cache()).queue(command, context, QDateTime::currentDateTimeUtc())) {
        showProblem(status->code, tr("The complaint could not be kept on this computer: %1").arg(status->message));
        return {};
    }
    m_identities->hold(command.complaintId, prepared->identity, prepared->unmaskedText);
    qCInfo(lcUi).noquote() << tr("Queued: a new complaint (%1), waiting for the hub's tracking number.")
                                  .arg(Labels::channel(Channel(m_channel->currentData().toInt())));
    m_ledger->add(command.complaintId, command.payload.value(u"title"_s).toString());
    showProblem({}, {});
    m_session.cacheChanged(); // the inbox lists it, pending; the status bar counts it
    if (m_syncSoon)
        m_syncSoon();
    clearForNext();
    return command.complaintId;
}

void IntakeDialog::clearForNext()
{
    for (QLineEdit *edit : {m_title, m_address, m_name, m_nik, m_phone, m_email})
        edit->clear();
    m_body->clear();
    m_anonim->setChecked(false);
    m_rahasia->setChecked(false);
    m_earlier->setChecked(false);
    m_receivedAt->setDateTime(wibWallTime(m_session.hubNow()));
    // The channel stays (a desk takes walk-ins, a line takes calls); where and what is each complaint's own.
    m_service->setCurrentIndex(0);
    m_kecamatan->setCurrentIndex(0);
    m_duplicateList->clear();
    m_title->setFocus();
}

} // namespace rabeg

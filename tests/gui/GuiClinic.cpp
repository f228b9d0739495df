#include "GuiClinic.h"

#include "PgClinicDatabase.h"
#include "PgTestServer.h"
#include "TestStaff.h"
#include "audit/AuditPage.h"
#include "intake/IntakeFormPage.h"
#include "records/RecordsTableModel.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/Database.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

namespace gui_test {

namespace {

std::unique_ptr<ClinicSession> openAt(const QString& location, const QString& password,
                                      std::unique_ptr<Clock> clock, std::optional<Role> signedIn)
{
    auto session = std::make_unique<ClinicSession>(location, password, std::move(clock),
                                                   PasswordHasher::Cost::Minimal);
    if (session->accounts().empty()) {
        test_staff::createIn(session->storage(), session->clock());
    }
    if (signedIn) {
        signInAs(*session, *signedIn);
    }
    return session;
}

} // namespace

std::unique_ptr<ClinicSession> openClinic(const BackendDatabase& database,
                                          std::unique_ptr<Clock> clock,
                                          std::optional<Role> signedIn)
{
    return openAt(database.location(), database.password(), std::move(clock), signedIn);
}

std::unique_ptr<ClinicSession> openClinic(const QString& path, std::unique_ptr<Clock> clock,
                                          std::optional<Role> signedIn)
{
    test_backend::requireSqlite("A clinic file at a path");
    return openAt(path, QString(), std::move(clock), signedIn);
}

void signInAs(ClinicSession& session, Role role)
{
    session.signOut();
    const QString name = test_staff::nameFor(role);
    session.begin(session.accounts().signIn(name, test_staff::passwordOf(name)));
}

const Database& databaseOf(const ClinicSession& session)
{
    test_backend::requireSqlite("The session's SQLite database");
    return dynamic_cast<const SqliteClinicStorage&>(session.storage()).database();
}

const IntakeRepository& storeOf(const ClinicSession& session)
{
    return session.storage().intakes();
}

const AuditTrail& auditOf(const ClinicSession& session)
{
    return session.storage().audit();
}

void tamper(const ClinicSession& session, const BackendDatabase& database, const QString& sql,
            const QVariantList& bound, const QStringList& appendOnly)
{
    if (database.onServer()) {
        for (const QString& table : appendOnly) {
            database.executeAsOwner(
                QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %1_no_update").arg(table));
        }
        database.executeAsOwner(sql, bound);
        for (const QString& table : appendOnly) {
            database.executeAsOwner(
                QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %1_no_update").arg(table));
        }
        return;
    }
    const Database& file = databaseOf(session);
    QStringList triggers; // as the file has them, to make them again
    for (const QString& table : appendOnly) {
        QSqlQuery definition = file.prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        definition.addBindValue(table + QStringLiteral("_no_update"));
        Database::run(definition, "test: reading a trigger");
        REQUIRE(definition.next());
        triggers << definition.value(0).toString();
        file.execute(QStringLiteral("DROP TRIGGER %1_no_update").arg(table), "test");
    }
    QSqlQuery query = file.prepare(sql);
    for (const QVariant& value : bound) {
        query.addBindValue(value);
    }
    Database::run(query, "test: behind the program's back");
    for (const QString& trigger : triggers) {
        file.execute(trigger, "test");
    }
}

namespace {

constexpr int kAnswerWithin = 60000; // ms

} // namespace

void waitForRecords(const RecordsTableModel& model)
{
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, kAnswerWithin));
}

void fetchAllRecords(RecordsTableModel& model)
{
    waitForRecords(model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitForRecords(model);
    }
}

void waitForLookup(const IntakeFormPage& page)
{
    REQUIRE(QTest::qWaitFor([&] { return !page.isLookingUp(); }, kAnswerWithin));
}

void waitForChainCheck(const AuditPage& page)
{
    REQUIRE(QTest::qWaitFor([&] { return !page.isLoading() && !page.isCheckingChain(); },
                            kAnswerWithin));
}

void waitForQueue(const ReviewPage& page)
{
    REQUIRE(QTest::qWaitFor([&] { return !page.isLoading(); }, kAnswerWithin));
}

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    onNextModal<QMessageBox>([button](QMessageBox* box) { box->button(button)->click(); });
}

void clickInNextMessageBox(const QString& text)
{
    onNextModal<QMessageBox>([text](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).contains(text)) {
                button->click();
                return;
            }
        }
    });
}

void inspectNextMessageBox(std::function<void(QMessageBox*)> look)
{
    onNextModal<QMessageBox>([look](QMessageBox* box) {
        look(box);
        box->reject();
    });
}

void readNextMessageBox(QString* seen)
{
    onNextModal<QMessageBox>([seen](QMessageBox* box) {
        *seen = box->text();
        box->reject();
    });
}

bool waitFor(const std::function<bool()>& done, int seconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > seconds * 1000) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

ModalCloser::ModalCloser()
{
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, [this] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            seen << box->text();
            box->reject();
        }
    });
    timer.start();
}

QString serverLocation(const PgTestServer& server, const PgClinicDatabase& clinic, int port)
{
    PgTestServer at = server;
    if (port > 0) {
        at.port = port;
    }
    return at
        .tlsLocation(QStringLiteral("localhost"), clinic.database.name(), clinic.application.name(),
                     QStringLiteral("sslmode=verify-full&sslrootcert=") + server.ca)
        .uri();
}

std::unique_ptr<ClinicSession> openServerClinic(const QString& location, const QString& password)
{
    auto session = std::make_unique<ClinicSession>(
        location, password, std::make_unique<FixedClock>(QDate(2026, 11, 21)),
        PasswordHasher::Cost::Minimal);
    UserAccounts& accounts = session->accounts();
    if (accounts.empty()) {
        using namespace test_staff;
        accounts.createFirstManager(kManager, passwordOf(kManager), QStringLiteral("test"));
        accounts.add(kTherapist, Role::Therapist, passwordOf(kTherapist), kManager);
        accounts.add(kFrontDesk, Role::FrontDesk, passwordOf(kFrontDesk), kManager);
    }
    signInAs(*session, Role::Manager);
    return session;
}

} // namespace gui_test

// Benchmarks for the desktop application (not tests: nothing here fails a build).
//   clinic-intake-gui-bench startup DB       main() to the main window shown, then quit
//   clinic-intake-gui-bench suggestion       one answer changed to the suggestion repainted
//   clinic-intake-gui-bench typing DB NAME   records search, per keystroke; peak memory
// Run under Xvfb (tests/bench/run-gui-bench.sh) so windows are real. DB must
// have the manager BENCH_USER (default "bench") whose password is in
// CLINIC_INTAKE_PASSWORD, as run-gui-bench.sh makes it.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "MainWindow.h"
#include "intake/IntakeFormPage.h"
#include "intake/SuggestionPanel.h"
#include "records/RecordsPage.h"
#include "records/RecordsTableModel.h"
#include "security/UserAccounts.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <vector>

namespace {

void printSummary(const char* what, std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    double total = 0;
    for (const double sample : samples) {
        total += sample;
    }
    std::printf("%-40s mean %7.2f ms, median %7.2f ms, p95 %7.2f ms, max %7.2f ms (%zu runs)\n",
                what, total / double(samples.size()), samples[samples.size() / 2],
                samples[std::min(samples.size() - 1, samples.size() * 95 / 100)], samples.back(),
                samples.size());
}

// Signs in as the benchmark's manager; the time it takes (Argon2id, on
// purpose) is reported apart, as a person types their password meanwhile.
double signIn(ClinicSession& session)
{
    const QString user = qEnvironmentVariableIsEmpty("BENCH_USER")
                             ? QStringLiteral("bench")
                             : qEnvironmentVariable("BENCH_USER");
    QElapsedTimer timer;
    timer.start();
    session.begin(session.accounts().signIn(user, qEnvironmentVariable("CLINIC_INTAKE_PASSWORD")));
    return double(timer.nsecsElapsed()) / 1e6;
}

long peakMemoryKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int startup(const QString& path, const QElapsedTimer& sinceMain)
{
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    // The same steps as src/app/main.cpp, with the sign-in dialog's check
    // done without the dialog.
    ClinicSession session(path, std::make_unique<SystemClock>());
    const double signingIn = signIn(session);
    MainWindow window(session, settings);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    QApplication::processEvents();
    const double total = double(sinceMain.nsecsElapsed()) / 1e6;
    std::printf("startup: main() to main window shown: %.1f ms, of which checking the password "
                "%.1f ms; without it %.1f ms (peak memory %ld KB)\n",
                total, signingIn, total - signingIn, peakMemoryKilobytes());
    return 0;
}

int suggestion()
{
    QTemporaryDir folder;
    ClinicSession session(folder.filePath(QStringLiteral("bench.sqlite")),
                          std::make_unique<SystemClock>(), PasswordHasher::Cost::Minimal);
    session.begin(session.accounts().createFirstManager(
        QStringLiteral("bench"), QStringLiteral("bench-password"), QStringLiteral("bench")));
    IntakeFormPage page(session);
    page.resize(1280, 860);
    page.show();
    (void)QTest::qWaitForWindowExposed(&page);
    qobject_cast<QLineEdit*>(page.fieldWidget(QStringLiteral("nameEdit")))
        ->setText(QStringLiteral("Jane Doe"));
    auto* born = qobject_cast<QLineEdit*>(page.fieldWidget(QStringLiteral("dateOfBirthEdit")));
    born->setFocus();
    QTest::keyClicks(born, QStringLiteral("1980-04-12"));
    qobject_cast<QCheckBox*>(page.fieldWidget(QStringLiteral("location_lower_back")))
        ->setChecked(true);
    auto* flag = qobject_cast<QCheckBox*>(page.fieldWidget(QStringLiteral("yes_fever_or_unwell")));
    auto* glutes = qobject_cast<QCheckBox*>(page.fieldWidget(QStringLiteral("yes_tight_glutes")));

    std::vector<double> samples;
    QElapsedTimer timer;
    for (int i = 0; i < 400; ++i) {
        QCheckBox* box = i % 2 == 0 ? flag : glutes;
        timer.start();
        box->click();                      // the signal path a user's click takes
        page.suggestionPanel()->repaint(); // and the panel painted with the new answer
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    printSummary("suggestion update (change to repainted)", samples);
    return 0;
}

int typing(const QString& path, const QString& name)
{
    ClinicSession session(path, std::make_unique<SystemClock>());
    signIn(session);
    RecordsPage page(session);
    page.resize(1280, 860);
    page.show();
    (void)QTest::qWaitForWindowExposed(&page);
    page.refresh();
    QApplication::processEvents();
    std::vector<double> samples;
    QElapsedTimer timer;
    for (int round = 0; round < 5; ++round) {
        page.searchEdit()->clear();
        page.applyFilters();
        for (const QChar c : name) {
            timer.start();
            page.searchEdit()->insert(QString(c));
            page.applyFilters(); // what the debounce timer does, without its wait
            page.view()->repaint();
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const QByteArray label =
        QStringLiteral("records search, per keystroke (\"%1\")").arg(name).toUtf8();
    printSummary(label.constData(), samples);
    std::printf("rows shown for \"%s\": %d; peak memory %ld KB\n", qPrintable(name),
                page.model()->rowCount(), peakMemoryKilobytes());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const QString command = arguments.value(0);
    if (command == QLatin1String("startup") && arguments.size() == 2) {
        return startup(arguments[1], sinceMain);
    }
    if (command == QLatin1String("suggestion")) {
        return suggestion();
    }
    if (command == QLatin1String("typing") && arguments.size() == 3) {
        return typing(arguments[1], arguments[2]);
    }
    std::fprintf(stderr,
                 "usage: clinic-intake-gui-bench startup DB | suggestion | typing DB NAME\n");
    return 1;
}

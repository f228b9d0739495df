#pragma once

#include <QDate>
#include <QWidget>
#include <memory>
#include <vector>

class AlertBanner;
class ClinicSession;
class SessionWorker;
struct AuditChainReport;
struct AuditEntry;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Ui {
class AuditPage;
}

// Who did what, for the clinic manager: the audit log newest first, from a
// chosen day on. The log gets an entry for every intake saved, so the page
// starts a month back rather than reading years of entries. Every refresh
// also checks the whole hash chain: a broken chain is a red banner at the
// top (an entry was edited, inserted or removed); an intact one is a line
// with the number of entries and the newest hash, to write down. On the
// clinic's server both are read on a SessionWorker's thread, so a refresh
// never freezes the window; the summary line says they are loading.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        RecordsColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditPage(ClinicSession& session, QWidget* parent = nullptr);
    ~AuditPage() override;

    // Reads the log again from the "Since" day.
    void refresh();

    // The first day shown (local time, from midnight).
    QDate since() const;
    void setSince(const QDate& day);

    QTableWidget* table() const;
    QDateEdit* sinceEdit() const;
    QPushButton* refreshButton() const;
    QLabel* summaryLabel() const;
    AlertBanner* chainBanner() const;
    QLabel* chainLabel() const;
    // The entries are on their way from the server (a server's records only).
    bool isLoading() const { return m_loading; }
    // The chain check is on its way to the server (a server's records only).
    bool isCheckingChain() const { return m_chainChecking; }

    // The words staff read for an action of the log ("export" -> "Export").
    static QString actionLabel(const QString& action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showEntries(const std::vector<AuditEntry>& entries, const QString& problem);
    void showChain();
    // The thread that reads a server's entries and checks its chain, made when first needed.
    SessionWorker& worker();
    void showChainReport(const AuditChainReport& report);

    ClinicSession& m_session;
    SessionWorker* m_worker = nullptr; // the entries and the chain check, for a server
    quint64 m_generation = 0;          // answers to an older refresh are dropped
    bool m_loading = false;
    quint64 m_chainGeneration = 0;
    bool m_chainChecking = false;
    std::unique_ptr<Ui::AuditPage> m_ui; // ui/AuditPage.ui
    QTimer* m_debounce = nullptr;        // the last part built
};

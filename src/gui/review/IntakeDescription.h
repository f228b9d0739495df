#pragma once

#include <QCoreApplication>
#include <QString>
#include <nlohmann/json.hpp>

// An intake version and its suggestion as a page a therapist reads in two
// minutes (the review page and the intake details dialog show it), and the
// reviews an intake got.
class IntakeDescription
{
    Q_DECLARE_TR_FUNCTIONS(IntakeDescription)

public:
    // `intake` is a clinic-intake/1 object, `suggestion` its stored result.
    static QString html(const nlohmann::ordered_json& intake,
                        const nlohmann::ordered_json& suggestion);
    // The reviews array of StaffSession::openIntake; empty when there are none
    // (or the role may not read them, and they were left out).
    static QString reviewsHtml(const nlohmann::ordered_json& reviews);
};

#pragma once

#include "security/Role.h"

#include <QString>

// Who is using the application right now, as established by a sign-in.
struct SignedInUser
{
    qint64 id = 0;
    QString name;
    Role role = Role::FrontDesk;
};

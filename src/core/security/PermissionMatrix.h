#pragma once

#include "security/Permission.h"
#include "security/Role.h"

// The one table of who may do what, written out in docs/security.md. Every
// check in the application asks this function; nothing else decides.
class PermissionMatrix
{
public:
    static bool allows(Role role, Permission permission);
};

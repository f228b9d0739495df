#include "security/PermissionMatrix.h"

bool PermissionMatrix::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::EnterIntakes:
    case Permission::FindRecords:
    case Permission::ChangeOwnPassword:
        return true;
    case Permission::ReadReviews:
    case Permission::ReviewIntakes:
        return role == Role::Therapist || role == Role::Manager;
    case Permission::ImportIntakes:
    case Permission::ExportRecords:
    case Permission::ViewAuditLog:
    case Permission::BackUp:
    case Permission::Restore:
    case Permission::ManageUsers:
    case Permission::ChooseRulesFile:
    case Permission::CheckDatabase:
    case Permission::ChangeSecuritySettings:
        return role == Role::Manager;
    }
    return false;
}

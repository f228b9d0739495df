#pragma once

#include <QString>
#include <array>
#include <optional>
#include <string_view>

// What a member of staff is there to do. Each role can do everything the
// role before it can, and more (see PermissionMatrix).
enum class Role
{
    FrontDesk,
    Therapist,
    Manager,
};

inline constexpr std::array<std::string_view, 3> kRoleWords = {"front_desk", "therapist",
                                                               "manager"};

inline QString roleWord(Role role)
{
    return QString::fromLatin1(kRoleWords[std::size_t(role)].data());
}

inline std::optional<Role> roleFromWord(const QString& word)
{
    for (std::size_t index = 0; index < kRoleWords.size(); ++index) {
        if (word == QLatin1String(kRoleWords[index].data())) {
            return Role(index);
        }
    }
    return std::nullopt;
}

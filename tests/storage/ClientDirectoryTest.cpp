// Finding returning clients for the front desk.
#include "SampleIntake.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using nlohmann::json;

TEST_CASE("returning clients are found by name words or date of birth, with latest contacts",
          "[storage][clients]")
{
    TestDatabase test;
    json zoe = sampleIntake();
    zoe["client"] = {{"name", "Zoë Núñez"}, {"date_of_birth", "1988-02-29"}, {"phone", "111"}};
    test.add(zoe);
    zoe["client"]["phone"] = "222"; // she changed numbers since
    test.add(zoe);
    json other = sampleIntake();
    other["client"] = {{"name", "Zola Budd"}, {"date_of_birth", "1966-05-26"}};
    test.add(other);

    const IntakeRepository& directory = test.intakes();
    const auto byName = directory.clientsNamed(QStringLiteral("zoe nu"), 10);
    REQUIRE(byName.size() == 1);
    CHECK(byName[0].name == QStringLiteral("Zoë Núñez"));
    CHECK(byName[0].dateOfBirth == QDate(1988, 2, 29));
    CHECK(byName[0].phone == QStringLiteral("222"));

    CHECK(directory.clientsNamed(QStringLiteral("zo"), 10).size() == 2);
    CHECK(directory.clientsNamed(QStringLiteral("zo"), 1).size() == 1);
    CHECK(directory.clientsNamed(QStringLiteral("'\"*"), 10).empty());

    const auto byBirth = directory.clientsBornOn(QDate(1966, 5, 26), 10);
    REQUIRE(byBirth.size() == 1);
    CHECK(byBirth[0].name == QStringLiteral("Zola Budd"));
    CHECK(directory.clientsBornOn(QDate(2000, 1, 1), 10).empty());
}

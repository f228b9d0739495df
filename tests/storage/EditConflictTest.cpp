// Two people changing one intake at once: a review made without knowing of
// another review of the same version, or about a version amended
// meanwhile, is refused with what the front ends need to ask the person;
// nothing of it is stored. On both backends.
#include "storage/EditConflict.h"

#include "SampleIntake.h"
#include "TestDatabase.h"
#include "validation/IntakeParser.h"

#include <catch2/catch.hpp>

using nlohmann::json;

namespace {

ReviewDecision acceptVersion(int version, std::optional<int> reviewsKnown)
{
    ReviewDecision decision;
    decision.version = version;
    decision.reviewsKnown = reviewsKnown;
    return decision;
}

IntakeRecord corrected(const FixedClock& clock)
{
    json intake = sampleIntake();
    intake["pain"]["intensity"] = 6;
    const IntakeParseResult result = IntakeParser(clock).validate(intake);
    REQUIRE(result.ok());
    return *result.record;
}

} // namespace

TEST_CASE("a second review of a version, made without knowing the first, is refused",
          "[storage][conflict]")
{
    TestDatabase test;
    const SavedIntake saved = test.add(sampleIntake());
    // Ann and Ben both opened intake 1 with no review on screen.
    CHECK(test.workflow().review(saved.intakeId, acceptVersion(1, 0), QStringLiteral("ann")) > 0);
    const qint64 entries = test.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    try {
        test.workflow().review(saved.intakeId, acceptVersion(1, 0), QStringLiteral("ben"));
        FAIL("Ben's review was stored without him knowing of Ann's");
    } catch (const ReviewConflict& conflict) {
        CHECK(conflict.intakeId() == saved.intakeId);
        CHECK(conflict.version() == 1);
        CHECK(conflict.reviewsNow() == 1);
        CHECK(conflict.newest().reviewer == QStringLiteral("ann"));
        CHECK(conflict.newest().outcome == ReviewOutcome::Accepted);
        CHECK(conflict.newest().at == test.clock().now());
        CHECK(conflict.kind() == StorageError::Kind::Invalid);
        CHECK_THAT(conflict.what(),
                   Catch::StartsWith("review: intake 1 version 1 was reviewed meanwhile"));
    }
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log")) == entries);

    // Ben chooses to store his as an additional review, knowing of Ann's.
    CHECK(test.workflow().review(saved.intakeId, acceptVersion(1, 1), QStringLiteral("ben")) > 0);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 2);
    // Unchecked (a script that means one more): stored too.
    CHECK(test.workflow().review(saved.intakeId, acceptVersion(1, std::nullopt),
                                 QStringLiteral("cli")) > 0);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 3);
}

TEST_CASE("an override is refused the same way, and reviews of an earlier version do not count",
          "[storage][conflict]")
{
    TestDatabase test;
    const SavedIntake saved = test.add(sampleIntake());
    CHECK(test.workflow().review(saved.intakeId, acceptVersion(1, 0), QStringLiteral("ann")) > 0);
    ReviewDecision overriding = acceptVersion(1, 0);
    overriding.accepted = false;
    overriding.finalApproach = vocabulary::Approach::ReferOut;
    overriding.reason = QStringLiteral("wants a doctor's opinion first");
    CHECK_THROWS_AS(test.workflow().review(saved.intakeId, overriding, QStringLiteral("ben")),
                    ReviewConflict);

    // Amended: version 2 is pending again, and nobody has reviewed it.
    test.workflow().amend(saved.intakeId, corrected(test.clock()), QStringLiteral("desk"));
    overriding.version = 2;
    CHECK(test.workflow().review(saved.intakeId, overriding, QStringLiteral("ben")) > 0);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 2);
}

TEST_CASE("a review of a version amended meanwhile says which version is current now",
          "[storage][conflict]")
{
    TestDatabase test;
    const SavedIntake saved = test.add(sampleIntake());
    test.workflow().amend(saved.intakeId, corrected(test.clock()), QStringLiteral("desk"));
    try {
        test.workflow().review(saved.intakeId, acceptVersion(1, 0), QStringLiteral("ben"));
        FAIL("a review of version 1 was stored after version 2");
    } catch (const VersionConflict& conflict) {
        CHECK(conflict.intakeId() == saved.intakeId);
        CHECK(conflict.expectedVersion() == 1);
        CHECK(conflict.currentVersion() == 2);
        CHECK_THAT(conflict.what(), Catch::StartsWith("version: intake 1 was amended meanwhile"));
    }
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 0);
}

TEST_CASE("where an intake stands is read without its contents: version, who, when, and reviews",
          "[storage][conflict]")
{
    TestDatabase test;
    const SavedIntake saved = test.add(sampleIntake());
    const IntakeRepository& intakes = test.storage().intakes();
    const qint64 entries = test.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    auto state = intakes.state(saved.intakeId);
    REQUIRE(state);
    CHECK(state->version == 1);
    CHECK(state->versionSavedAt == test.clock().now());
    CHECK(state->versionSavedBy == QStringLiteral("desk"));
    CHECK(state->reviewsOfVersion == 0);
    CHECK_FALSE(state->newestReviewOutcome);

    ReviewDecision overridden = acceptVersion(1, 1); // knowing of Ann's
    overridden.accepted = false;
    overridden.finalApproach = vocabulary::Approach::Swedish;
    overridden.finalPressure = vocabulary::Pressure::Light;
    overridden.reason = QStringLiteral("Prefers light work");
    test.workflow().review(saved.intakeId, acceptVersion(1, 0), QStringLiteral("ann"));
    test.workflow().review(saved.intakeId, overridden, QStringLiteral("ben"));
    state = intakes.state(saved.intakeId);
    REQUIRE(state);
    CHECK(state->reviewsOfVersion == 2);
    CHECK(state->newestReviewer == QStringLiteral("ben"));
    CHECK(state->newestReviewOutcome == ReviewOutcome::Overridden);
    CHECK(state->newestReviewAt == test.clock().now());

    // Amended: the new version, with none of the old version's reviews.
    test.workflow().amend(saved.intakeId, corrected(test.clock()), QStringLiteral("cleo"));
    state = intakes.state(saved.intakeId);
    REQUIRE(state);
    CHECK(state->version == 2);
    CHECK(state->versionSavedBy == QStringLiteral("cleo"));
    CHECK(state->reviewsOfVersion == 0);
    CHECK_FALSE(state->newestReviewOutcome);
    CHECK(state->newestReviewer.isEmpty());

    CHECK_FALSE(intakes.state(saved.intakeId + 100));
    // Reading it stored nothing, not even a "view".
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log")) == entries + 3);
}

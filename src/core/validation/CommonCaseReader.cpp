#include "validation/CommonCaseReader.h"

#include "util/BoundedInput.h"
#include "util/Clock.h"
#include "util/TextRules.h"
#include "validation/IntakeFieldRules.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

namespace {

class CommonCaseReader
{
public:
    CommonCaseReader(std::string_view text, const Clock& clock)
        : m_text(text), m_at(text.data()), m_end(text.data() + text.size()), m_clock(clock)
    {}

    // The record, or nullopt when the text is not the common case.
    std::optional<IntakeRecord> read()
    {
        const auto format = statedFormat();
        if (!format) {
            return std::nullopt;
        }
        m_record.format = *format;
        if (!readRecord() || !atEnd()) {
            return std::nullopt;
        }
        return finish();
    }

private:
    using IntakeFormat = vocabulary::IntakeFormat;

    // The format the record states, looked for before reading: members come
    // in any order (a JSON writer may sort them: "client" before "format"),
    // and how some of them read depends on it. When the "format" member is
    // read it must say the same, so a wrong guess only means giving up.
    std::optional<IntakeFormat> statedFormat() const
    {
        constexpr std::string_view kStart = "\"clinic-intake/";
        const auto at = m_text.find(kStart);
        if (at == std::string_view::npos) {
            return std::nullopt;
        }
        const auto end = m_text.find('"', at + 1);
        if (end == std::string_view::npos) {
            return std::nullopt;
        }
        const auto index = vocabulary::indexOfWord(vocabulary::kIntakeFormatWords,
                                                   m_text.substr(at + 1, end - at - 1));
        return index ? std::optional<IntakeFormat>(IntakeFormat(*index)) : std::nullopt;
    }

    bool version1() const { return m_record.format == IntakeFormat::V1; }

    // --- JSON, the plain way -------------------------------------------------

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    void skipSpace()
    {
        while (m_at != m_end && isSpace(*m_at)) {
            ++m_at;
        }
    }

    bool consume(char wanted)
    {
        skipSpace();
        if (m_at != m_end && *m_at == wanted) {
            ++m_at;
            return true;
        }
        return false;
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }

    // A string without escapes (and so without control characters, which
    // JSON allows only escaped). Its bytes are not checked as UTF-8: a key or
    // a word that is not plain ASCII matches nothing anyway; free text goes
    // through text().
    bool string(std::string_view& out)
    {
        if (!consume('"')) {
            return false;
        }
        const char* start = m_at;
        for (; m_at != m_end; ++m_at) {
            const auto byte = static_cast<unsigned char>(*m_at);
            if (byte == '"') {
                out = std::string_view(start, std::size_t(m_at - start));
                ++m_at;
                return true;
            }
            if (byte == '\\' || byte < 0x20) {
                return false;
            }
        }
        return false;
    }

    // Free text: valid UTF-8 too, as the JSON parser requires.
    bool text(std::string_view& out) { return string(out) && bounded::isValidUtf8(out); }

    // Free text of at most maxCharacters characters, without the control
    // characters `lines` forbids (the full reader names the field).
    bool limitedText(std::size_t maxCharacters, std::optional<std::string>& target,
                     text_rules::Lines lines = text_rules::Lines::One)
    {
        std::string_view value;
        if (!text(value) || intake_rules::characterCount(value) > maxCharacters ||
            text_rules::forbiddenCharacter(value, lines)) {
            return false;
        }
        target = std::string(value);
        return true;
    }

    bool boolean(bool& out)
    {
        skipSpace();
        const auto left = std::size_t(m_end - m_at);
        if (left >= 4 && std::memcmp(m_at, "true", 4) == 0) {
            m_at += 4;
            out = true;
            return true;
        }
        if (left >= 5 && std::memcmp(m_at, "false", 5) == 0) {
            m_at += 5;
            out = false;
            return true;
        }
        return false;
    }

    // A number written plainly: digits (no leading zero), perhaps a fraction;
    // no sign, no exponent. Read to the nearest double, as the JSON parser
    // reads it (strtod and from_chars both round correctly; whole numbers of
    // up to 20 digits convert exactly either way).
    bool number(double& out)
    {
        skipSpace();
        const char* start = m_at;
        const auto digits = [this] {
            const char* from = m_at;
            while (m_at != m_end && *m_at >= '0' && *m_at <= '9') {
                ++m_at;
            }
            return m_at != from;
        };
        if (m_at == m_end || *m_at < '0' || *m_at > '9') {
            return false;
        }
        if (*m_at == '0') {
            ++m_at; // "01" then fails where a ',' or '}' is expected
        } else {
            digits();
        }
        if (m_at != m_end && *m_at == '.') {
            ++m_at;
            if (!digits()) {
                return false;
            }
        }
        constexpr std::ptrdiff_t kMaxLength = 20;
        if ((m_at != m_end && (*m_at == 'e' || *m_at == 'E')) || m_at - start > kMaxLength) {
            return false;
        }
        const auto [end, error] = std::from_chars(start, m_at, out);
        return error == std::errc() && end == m_at;
    }

    // Calls member(key) for each member of an object, at its value.
    template <typename Member> bool object(Member&& member)
    {
        if (!consume('{')) {
            return false;
        }
        if (consume('}')) {
            return true;
        }
        do {
            std::string_view key;
            if (!string(key) || !consume(':') || !member(key)) {
                return false;
            }
        } while (consume(','));
        return consume('}');
    }

    // Calls entry() at each entry of a list.
    template <typename Entry> bool list(Entry&& entry)
    {
        if (!consume('[')) {
            return false;
        }
        if (consume(']')) {
            return true;
        }
        do {
            if (!entry()) {
                return false;
            }
        } while (consume(','));
        return consume(']');
    }

    // False the second time the same key comes in one object.
    static bool firstTime(std::uint32_t& seen, std::size_t index)
    {
        const std::uint32_t bit = std::uint32_t(1) << index;
        if ((seen & bit) != 0) {
            return false;
        }
        seen |= bit;
        return true;
    }

    // --- the record ------------------------------------------------------------

    // A list of distinct words, as a bit set.
    template <std::size_t N>
    bool wordSet(const std::array<std::string_view, N>& words, unsigned& bits)
    {
        bits = 0;
        return list([&] {
            std::string_view word;
            if (!string(word)) {
                return false;
            }
            const auto index = vocabulary::indexOfWord(words, word);
            if (!index || (bits & (1u << *index)) != 0) {
                return false;
            }
            bits |= 1u << *index;
            return true;
        });
    }

    bool date(std::optional<QDate>& out)
    {
        std::string_view value;
        if (!string(value)) {
            return false;
        }
        const auto date = intake_rules::parseIsoDate(value);
        if (!date || !date->isValid()) {
            return false;
        }
        out = date;
        return true;
    }

    static constexpr std::uint32_t bitOf(intake_rules::RecordField field)
    {
        return std::uint32_t(1) << unsigned(field);
    }

    bool readRecord()
    {
        using intake_rules::RecordField;
        std::uint32_t seen = 0;
        const bool read = object([&](std::string_view key) {
            const auto field = intake_rules::recordField(key, m_record.format);
            return field && firstTime(seen, std::size_t(*field)) && readRecordField(*field);
        });
        constexpr std::uint32_t kRequired =
            bitOf(RecordField::Format) | bitOf(RecordField::Client) | bitOf(RecordField::Pain);
        return read && (seen & kRequired) == kRequired;
    }

    bool readRecordField(intake_rules::RecordField field)
    {
        using intake_rules::RecordField;
        const std::string_view name = intake_rules::kRecordFieldWords[std::size_t(field)];
        switch (field) {
        case RecordField::Format: {
            std::string_view word;
            return string(word) && word == vocabulary::wordOf(m_record.format);
        }
        case RecordField::Client:
            return readClient();
        case RecordField::VisitDate:
            m_visitDateGiven = true;
            return date(m_visitDate);
        case RecordField::Pain:
            return readPain();
        case RecordField::NerveSymptoms:
        case RecordField::MuscleFindings:
            return version1() ? readVersion1Block(name) : readFindingBlock(name);
        case RecordField::Screening:
        case RecordField::Precautions:
            return version1() ? readVersion1Block(name) : readAnswerBlock(name);
        case RecordField::Sciatica:
        case RecordField::RedFlags:
            return readVersion1Block(name);
        case RecordField::AvoidAreas: {
            unsigned bits = 0;
            if (!wordSet(vocabulary::kPainLocationWords, bits)) {
                return false;
            }
            m_record.avoidAreas = static_cast<std::uint16_t>(bits);
            return true;
        }
        case RecordField::MedicalClearance:
            return readClearance();
        case RecordField::PressurePreference: {
            std::string_view word;
            const auto index = string(word)
                                   ? vocabulary::indexOfWord(vocabulary::kPressureWords, word)
                                   : std::nullopt;
            if (!index) {
                return false;
            }
            m_record.pressurePreference = vocabulary::Pressure(*index);
            m_record.pressurePreferenceStated = true;
            return true;
        }
        case RecordField::Notes:
            return limitedText(intake_rules::kMaxNotesLength, m_record.notes,
                               text_rules::Lines::Many);
        }
        return false;
    }

    bool readClient()
    {
        using intake_rules::ClientField;
        std::uint32_t seen = 0;
        const bool read = object([&](std::string_view key) {
            const auto index = vocabulary::indexOfWord(intake_rules::kClientFieldWords, key);
            if (!index || !firstTime(seen, *index)) {
                return false;
            }
            switch (ClientField(*index)) {
            case ClientField::Name: {
                std::string_view raw;
                if (!text(raw)) {
                    return false;
                }
                std::string name = intake_rules::trimmedName(raw);
                const std::size_t length = intake_rules::characterCount(name);
                if (length == 0 || length > intake_rules::kMaxNameLength ||
                    text_rules::forbiddenCharacter(name, text_rules::Lines::One)) {
                    return false;
                }
                m_record.clientName = std::move(name);
                return true;
            }
            case ClientField::DateOfBirth:
                return date(m_dateOfBirth);
            case ClientField::Phone:
                return limitedText(intake_rules::kMaxPhoneLength, m_record.phone) &&
                       intake_rules::isPhoneNumber(*m_record.phone);
            case ClientField::Email:
                return limitedText(intake_rules::kMaxEmailLength, m_record.email) &&
                       intake_rules::looksLikeEmail(*m_record.email);
            }
            return false;
        });
        constexpr std::uint32_t kRequired =
            (1u << unsigned(ClientField::Name)) | (1u << unsigned(ClientField::DateOfBirth));
        return read && (seen & kRequired) == kRequired;
    }

    bool readPain()
    {
        using intake_rules::PainField;
        std::uint32_t seen = 0;
        const bool read = object([&](std::string_view key) {
            const auto field = intake_rules::painField(key, m_record.format);
            if (!field || !firstTime(seen, std::size_t(*field))) {
                return false;
            }
            unsigned bits = 0;
            double value = 0.0;
            bool flag = false;
            switch (*field) {
            case PainField::Locations:
                if (!wordSet(vocabulary::kPainLocationWords, bits) || bits == 0) {
                    return false; // none: "must name at least one body area"
                }
                m_record.painLocations = static_cast<std::uint16_t>(bits);
                return true;
            case PainField::Intensity:
                if (!number(value) || !intake_rules::isPainIntensity(value)) {
                    return false;
                }
                m_record.painIntensity = static_cast<int>(value);
                return true;
            case PainField::DurationWeeks:
                if (!number(value) || !intake_rules::isDurationWeeks(value)) {
                    return false;
                }
                m_record.durationWeeks = value;
                return true;
            case PainField::RadiatesTo:
                if (!(version1() ? wordSet(intake_rules::kVersion1RadiationWords, bits)
                                 : wordSet(vocabulary::kRadiationWords, bits))) {
                    return false;
                }
                m_record.radiatesTo = static_cast<std::uint8_t>(bits);
                return true;
            case PainField::ChangesWithMovement:
                if (!boolean(flag)) {
                    return false;
                }
                if (!flag) {
                    m_record.setAnswer(vocabulary::Question::PainUnchangedByMovement,
                                       vocabulary::Answer::Yes);
                }
                return true;
            }
            return false;
        });
        constexpr std::uint32_t kRequired = (1u << unsigned(PainField::Locations)) |
                                            (1u << unsigned(PainField::Intensity)) |
                                            (1u << unsigned(PainField::DurationWeeks));
        return read && (seen & kRequired) == kRequired;
    }

    // Version 2's nerve_symptoms and muscle_findings: true or false each.
    bool readFindingBlock(std::string_view block)
    {
        std::uint32_t seen = 0;
        return object([&](std::string_view key) {
            const auto finding = intake_rules::findingField(block, key);
            bool value = false;
            if (!finding || !firstTime(seen, std::size_t(*finding)) || !boolean(value)) {
                return false;
            }
            if (value) {
                m_record.findings |= vocabulary::bitOf(*finding);
            }
            return true;
        });
    }

    // Version 2's screening and precautions: "yes" or "no" each.
    bool readAnswerBlock(std::string_view block)
    {
        std::uint32_t seen = 0;
        return object([&](std::string_view key) {
            const auto question = intake_rules::questionField(block, key);
            std::string_view answer;
            if (!question || !firstTime(seen, std::size_t(*question)) || !string(answer)) {
                return false;
            }
            if (answer == "yes") {
                m_record.setAnswer(*question, vocabulary::Answer::Yes);
            } else if (answer == "no") {
                m_record.setAnswer(*question, vocabulary::Answer::No);
            } else {
                return false;
            }
            return true;
        });
    }

    // Version 1's blocks of true or false, mapped as intake_rules::kVersion1Booleans says.
    bool readVersion1Block(std::string_view block)
    {
        std::uint32_t seen = 0;
        return object([&](std::string_view key) {
            const auto index = intake_rules::version1Boolean(block, key);
            bool value = false;
            if (!index || !firstTime(seen, *index) || !boolean(value)) {
                return false;
            }
            const auto& field = intake_rules::kVersion1Booleans[*index];
            if (value && field.finding) {
                m_record.findings |= vocabulary::bitOf(*field.finding);
            } else if (value) {
                m_record.setAnswer(*field.question, vocabulary::Answer::Yes);
            }
            return true;
        });
    }

    bool readClearance()
    {
        using intake_rules::ClearanceField;
        MedicalClearance clearance;
        std::optional<QDate> clearanceDate;
        std::uint32_t seen = 0;
        const bool read = object([&](std::string_view key) {
            const auto index = vocabulary::indexOfWord(intake_rules::kClearanceFieldWords, key);
            if (!index || !firstTime(seen, *index)) {
                return false;
            }
            unsigned bits = 0;
            switch (ClearanceField(*index)) {
            case ClearanceField::Date:
                return date(clearanceDate);
            case ClearanceField::For:
                if (!wordSet(vocabulary::kClearanceCodeWords, bits) || bits == 0) {
                    return false; // none: "must name at least one clearance code"
                }
                clearance.codes = static_cast<std::uint16_t>(bits);
                return true;
            case ClearanceField::By:
                return limitedText(intake_rules::kMaxClearanceByLength, clearance.by);
            }
            return false;
        });
        constexpr std::uint32_t kRequired =
            (1u << unsigned(ClearanceField::Date)) | (1u << unsigned(ClearanceField::For));
        if (!read || (seen & kRequired) != kRequired) {
            return false;
        }
        clearance.date = *clearanceDate; // checked against the visit and the birth in finish()
        m_record.clearance = std::move(clearance);
        return true;
    }

    // The checks across fields, once every field is read.
    std::optional<IntakeRecord> finish()
    {
        const QDate visitDate = m_visitDateGiven ? *m_visitDate : m_clock.today();
        if (intake_rules::birthProblem(*m_dateOfBirth, visitDate) !=
            intake_rules::BirthProblem::None) {
            return std::nullopt;
        }
        if (m_record.clearance && intake_rules::clearanceDateProblem(m_record.clearance->date,
                                                                     visitDate, m_dateOfBirth) !=
                                      intake_rules::ClearanceDateProblem::None) {
            return std::nullopt;
        }
        m_record.dateOfBirth = *m_dateOfBirth;
        m_record.visitDate = visitDate;
        return std::move(m_record);
    }

    std::string_view m_text;
    const char* m_at;
    const char* m_end;
    const Clock& m_clock;
    IntakeRecord m_record;
    std::optional<QDate> m_dateOfBirth; // set: the client block requires it
    std::optional<QDate> m_visitDate;
    bool m_visitDateGiven = false;
};

} // namespace

std::optional<IntakeRecord> readCommonCase(std::string_view text, const Clock& clock)
{
    return CommonCaseReader(text, clock).read();
}

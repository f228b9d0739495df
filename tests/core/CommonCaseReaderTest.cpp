// IntakeParser reads text two ways: parseCommonCase() reads a plainly written
// valid record straight into an IntakeRecord and gives up on anything else;
// parseFully() builds a JSON tree, checks every field and reports every
// problem; parse() tries the first, then the second. These tests hold the
// two to the same outcome over thousands of inputs: generated records of
// both formats written several ways, the same with one thing wrong (a field
// removed, a value of the wrong type or out of range, an unknown or a
// duplicate key, the other format's fields), bytes changed at random, and
// hand-picked edge cases. Whatever parseCommonCase() accepts, parseFully()
// must accept as the very same record; whatever parse() says, parseFully()
// says too.
#include "Harness.h"
#include "IntakeGenerator.h"
#include "SampleIntake.h"
#include "util/FixedClock.h"
#include "validation/IntakeFieldRules.h"
#include "validation/IntakeParser.h"

#include <QString>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <sstream>

using nlohmann::json;
using namespace std::string_literals;
using namespace vocabulary;

namespace {

// Everything a record holds, as text: both JSON forms (a version 1 record
// writes only version 1's fields, its version 2 form every answer), and what
// JSON does not show (the exact bits of the duration, the unstated pressure).
std::string fingerprint(const IntakeRecord& record)
{
    std::uint64_t durationBits = 0;
    std::memcpy(&durationBits, &record.durationWeeks, sizeof durationBits);
    std::ostringstream out;
    out << record.toJson() << "\n"
        << record.asVersion2().toJson() << "\nduration bits " << std::hex << durationBits
        << std::dec << ", intensity " << record.painIntensity << ", pressure "
        << int(record.pressurePreference) << (record.pressurePreferenceStated ? " stated" : "")
        << ", yes " << record.yesAnswers << ", no " << record.noAnswers << ", findings "
        << int(record.findings);
    return out.str();
}

struct Tally
{
    std::size_t inputs = 0;
    std::size_t fullyAccepted = 0;
    std::size_t fastAccepted = 0;
};

// The one check: the same outcome both ways, for `text`.
void checkSameOutcome(const IntakeParser& parser, const std::string& text, Tally& tally)
{
    const IntakeParseResult full = parser.parseFully(text);
    const std::optional<IntakeRecord> fast = parser.parseCommonCase(text);
    const IntakeParseResult combined = parser.parse(text);
    ++tally.inputs;
    tally.fullyAccepted += full.ok() ? 1 : 0;
    tally.fastAccepted += fast ? 1 : 0;

    if (fast && !full.ok()) {
        FAIL("the common-case reader accepted what the full reader refuses:\n"
             << text << "\nfull reader: " << harness::describe(full.errors));
    }
    if (fast && fingerprint(*fast) != fingerprint(*full.record)) {
        FAIL("the two readers give different records for\n"
             << text << "\ncommon case: " << fingerprint(*fast)
             << "\nfull:        " << fingerprint(*full.record));
    }
    if (combined.ok() != full.ok() || (!full.ok() && !(combined.errors == full.errors)) ||
        (full.ok() && fingerprint(*combined.record) != fingerprint(*full.record))) {
        FAIL("parse() and parseFully() differ for\n"
             << text << "\nparse():      "
             << (combined.ok() ? fingerprint(*combined.record) : harness::describe(combined.errors))
             << "\nparseFully(): "
             << (full.ok() ? fingerprint(*full.record) : harness::describe(full.errors)));
    }
}

// Writes JSON with the members in a chosen order and with chosen spacing, as
// other programs write it (Python's json.dumps puts a space after ':' and ',').
class Writer
{
public:
    enum class Order
    {
        Sorted, // as nlohmann::json writes it
        Reversed,
        Shuffled,
    };

    Writer(Order order, std::string_view comma, std::string_view colon, bool asciiOnly,
           std::mt19937& random)
        : m_order(order), m_comma(comma), m_colon(colon), m_asciiOnly(asciiOnly), m_random(random)
    {}

    std::string write(const json& value)
    {
        std::string out;
        append(value, out);
        return out;
    }

private:
    void append(const json& value, std::string& out)
    {
        if (value.is_object()) {
            std::vector<json::const_iterator> members;
            for (auto it = value.begin(); it != value.end(); ++it) {
                members.push_back(it);
            }
            if (m_order == Order::Reversed) {
                std::reverse(members.begin(), members.end());
            } else if (m_order == Order::Shuffled) {
                std::shuffle(members.begin(), members.end(), m_random);
            }
            out += '{';
            for (std::size_t i = 0; i < members.size(); ++i) {
                out += i == 0 ? "" : m_comma;
                out += json(members[i].key()).dump(-1, ' ', m_asciiOnly);
                out += m_colon;
                append(members[i].value(), out);
            }
            out += '}';
        } else if (value.is_array()) {
            out += '[';
            for (std::size_t i = 0; i < value.size(); ++i) {
                out += i == 0 ? "" : m_comma;
                append(value[i], out);
            }
            out += ']';
        } else {
            out += value.dump(-1, ' ', m_asciiOnly);
        }
    }

    Order m_order;
    std::string_view m_comma;
    std::string_view m_colon;
    bool m_asciiOnly;
    std::mt19937& m_random;
};

// Wrong things done to a valid record, one at a time.
class Mutator
{
public:
    explicit Mutator(std::uint32_t seed) : m_random(seed) {}

    std::mt19937& random() { return m_random; }

    std::size_t below(std::size_t count) { return std::size_t(m_random() % count); }

    // The record as text with one thing changed, of one of several kinds.
    std::string mutated(json record)
    {
        std::vector<json::json_pointer> nodes;
        collect(record, json::json_pointer(), nodes);
        const json::json_pointer target = nodes[below(nodes.size())];
        switch (below(7)) {
        case 0: // a field or a list entry left out
            remove(record, target);
            return record.dump();
        case 1: // a value of the wrong type, out of range, or odd
        case 2:
            record[target] = oddValue();
            return record.dump();
        case 3: // an unknown key, or one of another block or version
            objectAt(record, target)[unknownKey()] = below(2) == 0 ? json(true) : oddValue();
            return record.dump();
        case 4: // a key given twice
            return withDuplicateKey(record, target);
        case 5: { // a list with an entry twice, or empty
            json& list = listAt(record, target);
            if (list.is_array() && !list.empty() && below(2) == 0) {
                list.push_back(list[below(list.size())]);
            } else if (list.is_array()) {
                list = json::array();
            }
            return record.dump();
        }
        default: // the other format, or none
            if (below(3) == 0) {
                record.erase("format");
            } else {
                record["format"] = record.value("format", "") == "clinic-intake/1"
                                       ? "clinic-intake/2"
                                       : "clinic-intake/1";
            }
            return record.dump();
        }
    }

    // `text` with a few bytes deleted, inserted, replaced or cut off.
    std::string damaged(std::string text)
    {
        static const std::string kBytes = "\"\\,:{}[] 0-e.n1\xC3\x80\t\r\n";
        for (std::size_t edits = 1 + below(3); edits > 0 && !text.empty(); --edits) {
            const std::size_t at = below(text.size());
            switch (below(5)) {
            case 0:
                text.erase(at, 1);
                break;
            case 1:
                text.insert(at, 1, kBytes[below(kBytes.size())]);
                break;
            case 2:
                text[at] = kBytes[below(kBytes.size())];
                break;
            case 3:
                text.insert(at, text.substr(below(text.size()), 1 + below(12)));
                break;
            default:
                text.resize(at);
                break;
            }
        }
        return text;
    }

private:
    static void collect(const json& value, const json::json_pointer& at,
                        std::vector<json::json_pointer>& nodes)
    {
        nodes.push_back(at);
        if (value.is_object()) {
            for (const auto& member : value.items()) {
                collect(member.value(), at / member.key(), nodes);
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                collect(value[i], at / i, nodes);
            }
        }
    }

    static void remove(json& record, const json::json_pointer& target)
    {
        if (target.empty()) {
            record = json::object();
            return;
        }
        json& parent = record[target.parent_pointer()];
        if (parent.is_object()) {
            parent.erase(target.back());
        } else {
            parent.erase(std::stoul(target.back()));
        }
    }

    // The object at `target`, or the nearest one above it.
    static json& objectAt(json& record, json::json_pointer target)
    {
        while (!record[target].is_object()) {
            target = target.parent_pointer();
        }
        return record[target];
    }

    // The list at `target` or holding it, or else the value there.
    static json& listAt(json& record, const json::json_pointer& target)
    {
        if (!target.empty() && record[target.parent_pointer()].is_array()) {
            return record[target.parent_pointer()];
        }
        return record[target];
    }

    json oddValue()
    {
        static const std::vector<json> kValues = {
            nullptr,
            true,
            false,
            0,
            -1,
            11,
            6.5,
            10.0,
            -0.0,
            5200,
            5200.5,
            5201,
            1e-7,
            1e300,
            "",
            " ",
            "x",
            "yes",
            "no",
            "Yes",
            "maybe",
            "true",
            "light",
            "lower_back",
            "arm",
            "child",
            "clinic-intake/1",
            "clinic-intake/2",
            "2026-02-30",
            "2026-13-01",
            "1900-01-01",
            "1950-01-01",
            "2026-11-21",
            "2999-01-01",
            "26-11-21",
            "a@b",
            "a@b.c",
            "+1 (416) 555-0100",
            "555 0100 ext 2",
            "  Zoë\u00a0",
            "\u3000Ana",
            std::string(201, 'a'),
            std::string(41, '1'),
            json::array(),
            json::array({"lower_back"}),
            json::array({"arm", "hip"}),
            json::array({"lower_back", "lower_back"}),
            json::array({1}),
            json::object(),
            json::object({{"a", 1}}),
        };
        return kValues[below(kValues.size())];
    }

    std::string unknownKey()
    {
        static const std::vector<std::string> kKeys = {"extra",
                                                       "",
                                                       "Format",
                                                       "format ",
                                                       "sciatica",
                                                       "red_flags",
                                                       "screening",
                                                       "nerve_symptoms",
                                                       "avoid_areas",
                                                       "notes",
                                                       "medical_clearance",
                                                       "changes_with_movement",
                                                       "numbness_or_tingling",
                                                       "saddle_numbness",
                                                       "varicose_veins",
                                                       "tight_glutes",
                                                       "locations",
                                                       "by",
                                                       "name",
                                                       "visit_date"};
        return kKeys[below(kKeys.size())];
    }

    // The record written with one key of the object at (or above) `target`
    // given twice, the second time with another value.
    std::string withDuplicateKey(json record, const json::json_pointer& target)
    {
        json& object = objectAt(record, target);
        if (object.empty()) {
            object["extra"] = 1;
        }
        auto member = object.begin();
        std::advance(member, long(below(object.size())));
        const std::string key = member.key();
        const json copy = below(2) == 0 ? member.value() : oddValue();
        constexpr const char* kPlaceholder = "__placeholder_for_a_duplicate__";
        object[kPlaceholder] = copy;
        std::string text = record.dump();
        const std::string quoted = std::string("\"") + kPlaceholder + "\"";
        text.replace(text.find(quoted), quoted.size(), json(key).dump());
        return text;
    }

    std::mt19937 m_random;
};

std::string repeated(std::string_view piece, std::size_t times)
{
    std::string text;
    for (std::size_t i = 0; i < times; ++i) {
        text += piece;
    }
    return text;
}

} // namespace

TEST_CASE("the common-case reader takes plainly written valid records, as the full reader "
          "reads them",
          "[validation][common-case]")
{
    const FixedClock clock(harness::kToday);
    const IntakeParser parser(clock);
    IntakeGenerator generator(20261128);
    Mutator mutator(9);
    Tally compact;
    Tally written;
    Tally other;

    for (int i = 0; i < 1200; ++i) {
        const bool version1 = i % 3 == 2;
        const json record = version1 ? generator.nextVersion1() : generator.next();
        INFO("record " << i << ": " << record.dump());
        // As nlohmann::json and the benchmark write it: every one must take the fast way.
        checkSameOutcome(parser, record.dump(), compact);
        // Spaces and line breaks, as an editor or Python writes it.
        checkSameOutcome(parser, record.dump(2), written);
        const auto order = Writer::Order(mutator.below(3));
        checkSameOutcome(parser, Writer(order, ", ", ": ", false, mutator.random()).write(record),
                         written);
        // As IntakeRecord::toJson writes it (the order of the enums, every field written out).
        const auto parsed = parser.parseFully(record.dump());
        if (parsed.ok()) {
            checkSameOutcome(parser, parsed.record->toJson(), written);
            checkSameOutcome(parser, parsed.record->toJson(2), written);
        }
        // Non-ASCII written as \u escapes: the fast way gives up on those.
        checkSameOutcome(parser, Writer(order, ",", ":", true, mutator.random()).write(record),
                         other);
    }
    INFO("compact: " << compact.fastAccepted << " of " << compact.fullyAccepted << " of "
                     << compact.inputs);
    CHECK(compact.fullyAccepted == compact.inputs);
    CHECK(compact.fastAccepted == compact.fullyAccepted);
    INFO("written out: " << written.fastAccepted << " of " << written.fullyAccepted << " of "
                         << written.inputs);
    CHECK(written.fullyAccepted == written.inputs);
    CHECK(written.fastAccepted == written.fullyAccepted);
    CHECK(other.fullyAccepted == other.inputs);
    CHECK(other.fastAccepted > 0);
    CHECK(other.fastAccepted < other.fullyAccepted);
}

TEST_CASE("the common-case reader accepts nothing the full reader refuses, and reads what it "
          "accepts the same: records with one thing wrong",
          "[validation][common-case]")
{
    const FixedClock clock(harness::kToday);
    const IntakeParser parser(clock);
    IntakeGenerator generator(7);
    Mutator mutator(20261128);
    Tally tally;

    for (int i = 0; i < 2500; ++i) {
        const bool version1 = i % 4 == 3;
        const json record = version1 ? generator.nextVersion1() : generator.next();
        for (int round = 0; round < 3; ++round) {
            const std::string text = mutator.mutated(record);
            INFO("record " << i << ", mutation " << round);
            checkSameOutcome(parser, text, tally);
        }
    }
    INFO(tally.fastAccepted << " taken the fast way, " << tally.fullyAccepted << " accepted, of "
                            << tally.inputs);
    // Both kinds occur: refused records, and mutations that leave a valid record.
    CHECK(tally.fullyAccepted > tally.inputs / 10);
    CHECK(tally.fullyAccepted < tally.inputs * 9 / 10);
    CHECK(tally.fastAccepted > tally.fullyAccepted / 2);
}

TEST_CASE("the common-case reader accepts nothing the full reader refuses: bytes changed at "
          "random",
          "[validation][common-case]")
{
    const FixedClock clock(harness::kToday);
    const IntakeParser parser(clock);
    IntakeGenerator generator(11);
    Mutator mutator(5);
    Tally tally;

    for (int i = 0; i < 2500; ++i) {
        const json record = i % 4 == 3 ? generator.nextVersion1() : generator.next();
        const std::string text = i % 2 == 0 ? record.dump() : record.dump(1);
        for (int round = 0; round < 3; ++round) {
            checkSameOutcome(parser, mutator.damaged(text), tally);
        }
    }
    INFO(tally.fastAccepted << " taken the fast way, " << tally.fullyAccepted << " accepted, of "
                            << tally.inputs);
    CHECK(tally.fullyAccepted > 0);
    CHECK(tally.fastAccepted > 0);
}

TEST_CASE("the common-case reader on edge cases of JSON and of the spec",
          "[validation][common-case]")
{
    const FixedClock clock(harness::kToday);
    const IntakeParser parser(clock);
    Tally tally;
    const std::string sample = sampleIntake().dump();
    const std::string sampleV1 = sampleIntakeVersion1().dump();
    // The sample with `from` (which must occur in it) replaced by `to`.
    const auto edited = [&sample](const std::string& from, const std::string& to,
                                  const std::string& base = "") {
        std::string text = base.empty() ? sample : base;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        return text.replace(at, from.size(), to);
    };
    const auto intensity = [&](const std::string& number) {
        return edited("\"intensity\":4", "\"intensity\":" + number);
    };
    const auto duration = [&](const std::string& number) {
        return edited("\"duration_weeks\":8", "\"duration_weeks\":" + number);
    };
    const auto name = [&](const std::string& text) {
        return edited("\"name\":\"Sam Example\"", "\"name\":\"" + text + "\"");
    };
    const auto notes = [&](const std::string& text) {
        return edited("\"format\":", "\"notes\":\"" + text + "\",\"format\":");
    };

    std::vector<std::string> texts = {
        sample,
        sampleV1,
        " \t\r\n" + sample + " \r\n\t",
        "\xEF\xBB\xBF" + sample, // a byte order mark: the JSON parser skips it
        sample + "x",
        sample + "\0"s,
        sample + sample,
        sample.substr(0, sample.size() - 1),
        "",
        "{}",
        "[]",
        "null",
        "{\"format\":\"clinic-intake/2\"}",
        // numbers
        intensity("6"),
        intensity("6.0"),
        intensity("6.0000000000000001"), // the nearest double is 6
        intensity("6.5"),
        intensity("06"),
        intensity("-0"),
        intensity("-1"),
        intensity("1e1"),
        intensity("1E0"),
        intensity("10"),
        intensity("10.0"),
        intensity("11"),
        intensity("1."),
        intensity(".5"),
        intensity("0"),
        intensity("00"),
        intensity("99999999999999999999"),
        intensity("999999999999999999999999"),
        intensity("true"),
        intensity("\"4\""),
        intensity("null"),
        duration("0"),
        duration("0.0"),
        duration("-0.0"),
        duration("0.1"),
        duration("12.345678901234567"),
        duration("3.3333333333333335"),
        duration("2.2250738585072011e-308"),
        duration("0.000000000000000000000000000001"),
        duration("5200"),
        duration("5200.0"),
        duration("5200.000000000001"),
        duration("5200.0000000000000001"),
        duration("5201"),
        duration("1e999"),
        duration("8 "),
        duration(" 8"),
        // names: trimming (Unicode's white space too), length, escapes, UTF-8
        name("  Sam  "),
        name("\\tSam"),
        name("Sam\\n"),
        name("\xC2\xA0Sam\xC2\xA0"),
        name("\xE3\x80\x80Sam"),
        name("Sam\xE2\x80\xA8"),
        name("Zo\xC3\xAB"),
        name("\xC3\xA9"),
        name("Zo\\u00eb"),
        name(""),
        name("   "),
        name("\xC2\xA0"),
        name(std::string(200, 'a')),
        name(std::string(201, 'a')),
        name(" " + std::string(200, 'a') + " "),
        name(repeated("\xC3\xA9", 200)),
        name(repeated("\xC3\xA9", 201)),
        name("Sam\xC3"),
        name("Sam\xC0\xAF"),
        name("Sam\xED\xA0\x80"),
        // control characters (issue 10): raw DEL and C1 reach the common-case reader
        name("Sam\x7f"),
        name("Sam\xC2\x9B[8m"),
        name("Sam\xC2\x85"),
        name("Sam\\u001b[8m"),
        name("Sam\\tEx"),
        notes("a\x7f"),
        notes("a\xC2\x9B"),
        notes("a\\n\\tb"),
        notes("a\\r\\nb"),
        name("Sam\xF4\x90\x80\x80"),
        name("Sam\xEF\xBF\xBE"),
        name("Sam\x7F"),
        name("Sam\x1F"),
        name("O'Brien \\\"Zee\\\""),
        // other free text
        notes(std::string(4000, 'n')),
        notes(std::string(4001, 'n')),
        notes(repeated("\xC3\xBC", 4000)),
        notes(repeated("\xC3\xBC", 4001)),
        notes("clinic-intake/1"),
        notes("\\\"clinic-intake/1\\\""),
        edited("\"format\":\"clinic-intake/2\"",
               "\"notes\":\"clinic-intake/1\",\"format\":\"clinic-intake/2\""),
        edited("\"name\":", "\"phone\":\"+1 (416) 555-0100\",\"name\":"),
        edited("\"name\":", "\"phone\":\"555 0100 ext\",\"name\":"),
        edited("\"name\":", "\"phone\":\"" + std::string(40, '1') + "\",\"name\":"),
        edited("\"name\":", "\"phone\":\"" + std::string(41, '1') + "\",\"name\":"),
        edited("\"name\":", "\"email\":\"a@b.org\",\"name\":"),
        edited("\"name\":", "\"email\":\"a@b@c.org\",\"name\":"),
        edited("\"name\":", "\"email\":\"a.b@org\",\"name\":"),
        edited("\"name\":", "\"email\":\"z\xC3\xB6@b.org\",\"name\":"),
        edited("\"name\":", "\"email\":null,\"name\":"),
        // dates
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":\"2026-02-29\""),
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":\"2024-02-29\""),
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":\"1980-06-14\""),
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":\"1980-06-15\""),
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":\"2100-06-15\""),
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":\"2100-06-14\""),
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":\"0000-01-01\""),
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":\"2026-11-21T10:00\""),
        edited(",\"visit_date\":\"2026-11-21\"", ""),
        edited("\"visit_date\":\"2026-11-21\"", "\"visit_date\":null"),
        edited("\"date_of_birth\":\"1980-06-15\"", "\"date_of_birth\":\"1906-11-21\""),
        edited("\"date_of_birth\":\"1980-06-15\"", "\"date_of_birth\":\"1906-11-22\""),
        edited("\"date_of_birth\":\"1980-06-15\"", "\"date_of_birth\":\"1906-11-20\""),
        edited("\"date_of_birth\":\"1980-06-15\"", "\"date_of_birth\":\"1980-6-15\""),
        // clearance
        edited("\"format\":", "\"medical_clearance\":{\"date\":\"2026-11-21\",\"for\":["
                              "\"child\"]},\"format\":"),
        edited("\"format\":", "\"medical_clearance\":{\"date\":\"2026-11-22\",\"for\":["
                              "\"child\"]},\"format\":"),
        edited("\"format\":", "\"medical_clearance\":{\"date\":\"1980-06-14\",\"for\":["
                              "\"child\"]},\"format\":"),
        edited("\"format\":", "\"medical_clearance\":{\"date\":\"1980-06-15\",\"for\":["
                              "\"child\",\"injects_drugs\"],\"by\":\"Dr. Q\"},\"format\":"),
        edited("\"format\":", "\"medical_clearance\":{\"date\":\"2026-01-01\",\"for\":[]},"
                              "\"format\":"),
        edited("\"format\":", "\"medical_clearance\":{\"date\":\"2026-01-01\",\"for\":["
                              "\"child\",\"child\"]},\"format\":"),
        edited("\"format\":", "\"medical_clearance\":{\"for\":[\"child\"]},\"format\":"),
        edited("\"format\":", "\"medical_clearance\":{\"date\":\"2026-01-01\",\"for\":["
                              "\"child\"],\"by\":\"" +
                                  std::string(201, 'b') + "\"},\"format\":"),
        edited("\"format\":", "\"medical_clearance\":{\"date\":\"2026-01-01\",\"for\":["
                              "\"child\"],\"by\":\" \"},\"format\":"),
        // lists and words
        edited("[\"lower_back\"]", "[]"),
        edited("[\"lower_back\"]", "[\"lower_back\",\"lower_back\"]"),
        edited("[\"lower_back\"]", "[\"lower_back\" , \"neck\" ]"),
        edited("[\"lower_back\"]", "[\"lower_back\",]"),
        edited("[\"lower_back\"]", "[\"Lower_back\"]"),
        edited("[\"lower_back\"]", "\"lower_back\""),
        edited("\"format\":", "\"avoid_areas\":[],\"format\":"),
        edited("\"format\":", "\"avoid_areas\":[\"neck\",\"hip\"],\"format\":"),
        edited("\"format\":", "\"pressure_preference\":\"firm\",\"format\":"),
        edited("\"format\":", "\"pressure_preference\":\"hard\",\"format\":"),
        edited("\"format\":", "\"pain\":{},\"format\":"),
        edited("\"format\":", "\"format\":\"clinic-intake/2\",\"format\":"),
        edited("\"saddle_numbness\":\"no\"", "\"saddle_numbness\":\"yes\""),
        edited("\"saddle_numbness\":\"no\"",
               "\"saddle_numbness\":\"no\",\"saddle_numbness\":\"no\""),
        edited("\"saddle_numbness\":\"no\"", "\"saddle_numbness\":true"),
        edited("\"saddle_numbness\":\"no\"", "\"saddle_numbness\":\"n\\u006f\""),
        edited("\"saddle_numbness\":\"no\"", "\"saddle_numbness\":null"),
        edited("\"saddle_numbness\":\"no\"", "\"anticoagulants\":\"no\""),
        edited("\"saddle_numbness\":\"no\"", "\"saddle_numbness\" : \"no\" "),
        edited("\"format\":\"clinic-intake/2\"", "\"format\":\"clinic-intake/1\""),
        edited("\"format\":\"clinic-intake/2\"", "\"format\":\"clinic-intake/3\""),
        edited("\"format\":\"clinic-intake/2\"", "\"format\":\"clinic-intake/2 \""),
        edited("\"format\":\"clinic-intake/2\"", "\"format\" : \"clinic-intake/2\""),
        edited("\"format\":\"clinic-intake/2\",", ""),
        edited("{", "{\"nerve_symptoms\":{\"shooting_leg_pain\":true},"),
        edited("{", "{\"nerve_symptoms\":{\"shooting_leg_pain\":tru},"),
        edited("{", "{\"nerve_symptoms\":{\"tight_glutes\":true},"),
        edited("{", "{\"muscle_findings\":{\"tight_glutes\":false},"),
        edited("{", "{\"nerve_symptoms\":{},\"muscle_findings\":{},"),
        edited("{", "{\"extra\":{\"a\":[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]},"),
        // version 1
        edited("\"format\":\"clinic-intake/1\"", "\"format\":\"clinic-intake/2\"", sampleV1),
        edited("{", "{\"sciatica\":{\"shooting_leg_pain\":true},", sampleV1),
        edited("{", "{\"red_flags\":{\"cancer_history\":true,\"fever_or_unwell\":false},",
               sampleV1),
        edited("{", "{\"precautions\":{\"pregnancy\":true},", sampleV1),
        edited("{", "{\"precautions\":{\"pregnancy\":\"yes\"},", sampleV1),
        edited("{", "{\"precautions\":{\"varicose_veins\":true},", sampleV1),
        edited("{", "{\"screening\":{},", sampleV1),
        edited("{", "{\"muscle_findings\":{\"tight_glutes\":true},", sampleV1),
        edited("\"locations\":", "\"changes_with_movement\":false,\"locations\":", sampleV1),
        edited("\"locations\":", "\"changes_with_movement\":true,\"locations\":", sampleV1),
        edited("\"locations\":", "\"changes_with_movement\":false,\"locations\":"),
        edited("\"locations\":", "\"radiates_to\":[\"arm\"],\"locations\":", sampleV1),
        edited("\"locations\":", "\"radiates_to\":[\"arm\"],\"locations\":"),
        edited("\"locations\":", "\"radiates_to\":[\"leg\",\"hip\"],\"locations\":", sampleV1),
    };
    for (const auto& text : texts) {
        INFO(text);
        checkSameOutcome(parser, text, tally);
    }
    INFO(tally.fastAccepted << " taken the fast way, " << tally.fullyAccepted << " accepted, of "
                            << tally.inputs);
    CHECK(tally.fastAccepted > 30);

    // A few the fast way must take (the common case), and the one it must not get wrong.
    for (const auto& text : {sample, sampleV1, intensity("6.0000000000000001"), duration("0.1"),
                             name("Zo\xC3\xAB"), name("  Sam  ")}) {
        INFO(text);
        CHECK(parser.parseCommonCase(text).has_value());
    }
    CHECK(parser.parseCommonCase(intensity("6.0000000000000001"))->painIntensity == 6);
    CHECK(parser.parseCommonCase(name("  Sam  "))->clientName == "Sam");
    CHECK(parser.parseCommonCase(name("\xC2\xA0Sam\xC2\xA0"))->clientName == "Sam");
}

TEST_CASE("names are trimmed of the white space QString::trimmed removes",
          "[validation][common-case]")
{
    std::mt19937 random(3);
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        for (std::size_t length = random() % 6; length > 0; --length) {
            // Mostly the bytes around the white space ones, then any ASCII.
            text += char(random() % 2 == 0 ? random() % 0x22 : random() % 0x80);
        }
        const std::string expected = QString::fromStdString(text).trimmed().toStdString();
        INFO(QByteArray::fromStdString(text).toHex().toStdString());
        REQUIRE(intake_rules::trimmedName(text) == expected);
    }
}
